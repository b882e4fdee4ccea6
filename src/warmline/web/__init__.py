"""Server-rendered pages: the landing page, the agent console, the customer widget and the admin."""
