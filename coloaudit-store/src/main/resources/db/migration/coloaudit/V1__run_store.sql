-- The run store: one row per audit run, its inputs with their hashes, each control's status,
-- each finding with its fingerprint, and the fix deadlines set on findings.
-- Portable SQL: the same migration runs on SQLite and PostgreSQL. Dates and times are ISO-8601
-- text (SQLite has no date type; ISO text sorts as the dates do).

CREATE TABLE runs (
  run_id        VARCHAR(200) NOT NULL PRIMARY KEY,
  as_of         VARCHAR(10)  NOT NULL,
  broker_id     VARCHAR(100),
  broker_name   VARCHAR(400),
  started_at    VARCHAR(64)  NOT NULL,
  finished_at   VARCHAR(64)  NOT NULL,
  pack_sha256   VARCHAR(64)  NOT NULL,
  tool_name     VARCHAR(100) NOT NULL,
  tool_version  VARCHAR(100) NOT NULL,
  n_pass        INTEGER NOT NULL,
  n_fail        INTEGER NOT NULL,
  n_not_applicable INTEGER NOT NULL,
  n_insufficient_evidence INTEGER NOT NULL,
  n_waived      INTEGER NOT NULL,
  n_error       INTEGER NOT NULL,
  n_findings    INTEGER NOT NULL
);

CREATE INDEX runs_broker_as_of ON runs (broker_id, as_of);

CREATE TABLE run_inputs (
  run_id    VARCHAR(200) NOT NULL REFERENCES runs (run_id),
  position  INTEGER      NOT NULL,
  file      VARCHAR(4000) NOT NULL,
  kind      VARCHAR(100) NOT NULL,
  format    VARCHAR(100) NOT NULL,
  encoding  VARCHAR(100) NOT NULL,
  sha256    VARCHAR(64)  NOT NULL,
  records   BIGINT NOT NULL,
  skipped   BIGINT NOT NULL,
  rejected  BIGINT NOT NULL,
  PRIMARY KEY (run_id, position)
);

CREATE TABLE run_controls (
  run_id      VARCHAR(200) NOT NULL REFERENCES runs (run_id),
  control_id  VARCHAR(100) NOT NULL,
  status      VARCHAR(32)  NOT NULL,
  severity    VARCHAR(16)  NOT NULL,
  n_findings  INTEGER      NOT NULL,
  PRIMARY KEY (run_id, control_id)
);

CREATE TABLE run_findings (
  run_id       VARCHAR(200) NOT NULL REFERENCES runs (run_id),
  position     INTEGER      NOT NULL,
  control_id   VARCHAR(100) NOT NULL,
  fingerprint  VARCHAR(64)  NOT NULL,
  severity     VARCHAR(16)  NOT NULL,
  subject_json TEXT         NOT NULL,
  message_zh   TEXT         NOT NULL,
  message_en   TEXT         NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  PRIMARY KEY (run_id, position)
);

CREATE INDEX run_findings_fingerprint ON run_findings (fingerprint);

CREATE TABLE deadlines (
  broker_id    VARCHAR(100) NOT NULL,
  fingerprint  VARCHAR(64)  NOT NULL,
  due_on       VARCHAR(10)  NOT NULL,
  set_in_run   VARCHAR(200) NOT NULL,
  note         TEXT,
  PRIMARY KEY (broker_id, fingerprint)
);
