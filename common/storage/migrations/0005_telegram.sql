-- Migration 5 (issue [11]): the Telegram channel. An update is processed exactly once across crashes:
-- the offset, the user's message, its queue item and the record of the update commit together
-- (SqliteStorage::appendChannelMessage), and the record says whether the reply reached the chat, so
-- a restarted daemon sends what it answered but never delivered, once.

-- Where each channel that numbers what it receives has got to: for "telegram", the last update_id
-- processed (getUpdates asks for offset = position + 1).
CREATE TABLE channel_cursors (
    channel TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- One session per chat; /new points the chat at a new one. A deleted session frees its chat, whose
-- next message starts another.
CREATE TABLE telegram_chats (
    chat_id INTEGER PRIMARY KEY NOT NULL,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    updated_at INTEGER NOT NULL
);
CREATE INDEX telegram_chats_session ON telegram_chats(session_id);

-- Every update that became a message for the agent. reply_message_id is set by the trigger below in
-- the transaction that stores the reply; sent_message_id is the chat message the reply streams into
-- (so a restart edits it instead of sending a second one); delivered once the whole reply is there.
CREATE TABLE telegram_updates (
    update_id INTEGER PRIMARY KEY NOT NULL,
    chat_id INTEGER NOT NULL,
    queue_id INTEGER REFERENCES queue(id) ON DELETE SET NULL,
    reply_message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    sent_message_id INTEGER,
    delivered INTEGER NOT NULL DEFAULT 0 CHECK (delivered IN (0, 1)),
    created_at INTEGER NOT NULL
);
CREATE INDEX telegram_updates_queue ON telegram_updates(queue_id);
CREATE INDEX telegram_updates_reply ON telegram_updates(reply_message_id);
CREATE INDEX telegram_updates_undelivered ON telegram_updates(delivered, update_id) WHERE delivered = 0;

-- completeReply inserts the reply and then marks its queue item answered, in one transaction: the
-- session's newest message is that reply. Kept by a trigger so that no code path storing a reply
-- can forget it.
CREATE TRIGGER telegram_updates_on_answer AFTER UPDATE OF state ON queue WHEN NEW.state = 'answered'
BEGIN
    UPDATE telegram_updates
    SET reply_message_id = (SELECT id FROM messages WHERE session_id = NEW.session_id ORDER BY seq DESC LIMIT 1)
    WHERE queue_id = NEW.id;
END;
