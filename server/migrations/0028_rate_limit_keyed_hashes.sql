-- Counter keys are now an HMAC of the subject under a key derived from the secret key. The old keys
-- were plain SHA-256 of an address or an email, which can be reversed by trying them all: delete them
-- (each lived at most a few minutes; counting simply starts again).
DELETE FROM "rate_limit_counters";
