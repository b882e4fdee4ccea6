"""Who gets a conversation once it needs a person: queues, skills, capacity, presence, SLAs."""
