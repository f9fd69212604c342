import GRDB

/// The workspace schema, as GRDB migrations.
///
/// Migration ids are never edited once shipped: a workspace written by this version must open
/// in every later one, which then applies only the migrations it has not seen.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 datasets") { db in
            // Money and values are TEXT holding exact decimals (`309779558.12`); SQLite's REAL
            // would round them. Every table keeps the file's row order in `position`.
            try db.execute(sql: """
                CREATE TABLE dataset (
                    id TEXT PRIMARY KEY NOT NULL,
                    institution TEXT NOT NULL,
                    title TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    year INTEGER,
                    plan_period TEXT,
                    currency TEXT NOT NULL,
                    number_format TEXT NOT NULL,
                    delimiter TEXT NOT NULL,
                    source TEXT,
                    notes TEXT,
                    origin TEXT,
                    loaded_at TEXT NOT NULL,
                    goal_count INTEGER NOT NULL,
                    indicator_count INTEGER NOT NULL,
                    budget_count INTEGER NOT NULL,
                    series_count INTEGER NOT NULL,
                    extra_columns TEXT NOT NULL DEFAULT '{}'
                );
                CREATE TABLE goal (
                    dataset_id TEXT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    parent TEXT,
                    level TEXT NOT NULL,
                    title TEXT NOT NULL,
                    responsible TEXT,
                    related TEXT,
                    reported_performance_pct TEXT,
                    extra TEXT,
                    PRIMARY KEY (dataset_id, position)
                ) WITHOUT ROWID;
                CREATE UNIQUE INDEX goal_code ON goal(dataset_id, code);
                CREATE TABLE indicator (
                    dataset_id TEXT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    goal TEXT,
                    year INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    unit TEXT,
                    direction TEXT NOT NULL,
                    aggregation TEXT NOT NULL,
                    weight_pct TEXT,
                    baseline TEXT,
                    baseline_year INTEGER,
                    target TEXT,
                    q1 TEXT, q2 TEXT, q3 TEXT, q4 TEXT,
                    actual TEXT,
                    reported_rate_pct TEXT,
                    reported_status TEXT,
                    responsible TEXT,
                    source TEXT,
                    extra TEXT,
                    PRIMARY KEY (dataset_id, position)
                ) WITHOUT ROWID;
                CREATE UNIQUE INDEX indicator_key ON indicator(dataset_id, code, year);
                CREATE INDEX indicator_goal ON indicator(dataset_id, goal);
                CREATE TABLE budget_line (
                    dataset_id TEXT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    classification TEXT NOT NULL,
                    code TEXT NOT NULL,
                    parent TEXT,
                    name TEXT NOT NULL,
                    initial TEXT, added TEXT, deducted TEXT, revised TEXT, spent TEXT, cancelled TEXT,
                    reported_rate_pct TEXT,
                    reported_change_pct TEXT,
                    extra TEXT,
                    PRIMARY KEY (dataset_id, position)
                ) WITHOUT ROWID;
                CREATE UNIQUE INDEX budget_line_key ON budget_line(dataset_id, year, classification, code);
                CREATE TABLE series_point (
                    dataset_id TEXT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    series TEXT NOT NULL,
                    name TEXT NOT NULL,
                    unit TEXT,
                    year INTEGER NOT NULL,
                    period TEXT,
                    value TEXT NOT NULL,
                    reported_change_pct TEXT,
                    source TEXT,
                    extra TEXT,
                    PRIMARY KEY (dataset_id, position)
                ) WITHOUT ROWID;
                CREATE UNIQUE INDEX series_point_key ON series_point(dataset_id, series, year, ifnull(period, ''));
                """)
        }
        migrator.registerMigration("v2 scenarios") { db in
            // A scenario belongs to its root dataset: unloading the dataset drops its scenarios, chains
            // included (`scenario drop` itself refuses to drop a scenario others build on).
            // Operations are JSON documents of the engine's `ScenarioOperation` (exact decimals as strings).
            try db.execute(sql: """
                CREATE TABLE scenario (
                    name TEXT PRIMARY KEY NOT NULL,
                    dataset_id TEXT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    base TEXT REFERENCES scenario(name) ON DELETE CASCADE ON UPDATE CASCADE,
                    note TEXT,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE scenario_step (
                    scenario TEXT NOT NULL REFERENCES scenario(name) ON DELETE CASCADE ON UPDATE CASCADE,
                    position INTEGER NOT NULL,
                    operation TEXT NOT NULL,
                    command TEXT NOT NULL,
                    note TEXT,
                    created_at TEXT NOT NULL,
                    PRIMARY KEY (scenario, position)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3 plugins") { db in
            // External plugins: how to launch them and their command signatures as `describe`
            // gave them (protocol JSON), so start-up and `help` never launch a plugin.
            try db.execute(sql: """
                CREATE TABLE plugin (
                    name TEXT PRIMARY KEY NOT NULL,
                    path TEXT NOT NULL,
                    launch TEXT NOT NULL,
                    protocol INTEGER NOT NULL,
                    version TEXT,
                    signatures TEXT NOT NULL,
                    file_size INTEGER NOT NULL,
                    file_modified REAL NOT NULL,
                    added_at TEXT NOT NULL
                );
                """)
        }
        migrator.registerMigration("v4 dataset images") { db in
            // A dataset's tables as one binary image (DatasetImage), written with its rows and
            // read by commands instead of them. `revision` is new at every load, so a session
            // that kept an image knows with one read whether it is still the dataset's.
            try db.execute(sql: """
                CREATE TABLE dataset_image (
                    dataset_id TEXT PRIMARY KEY NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                    revision INTEGER NOT NULL,
                    format INTEGER NOT NULL,
                    bytes BLOB NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v5 undeclared aggregation") { db in
            // Whether indicators.csv declared the row's aggregation: `aggregation` keeps the rule
            // figures use (`last` when none is declared), and the audit tries every rule for an
            // undeclared one. Rows loaded before this migration count as declared, as they were read.
            try db.execute(sql: "ALTER TABLE indicator ADD COLUMN aggregation_declared INTEGER NOT NULL DEFAULT 1")
        }
        return migrator
    }
}
