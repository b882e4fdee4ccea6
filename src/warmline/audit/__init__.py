"""Who changed what, when: every change an admin or agent makes."""
