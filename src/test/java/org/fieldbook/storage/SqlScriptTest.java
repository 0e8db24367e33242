package org.fieldbook.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsStatementsAndKeepsTriggerBodiesWhole() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x INTEGER);

                CREATE TRIGGER a_log AFTER INSERT ON a
                BEGIN
                    INSERT INTO b VALUES (new.x);
                    DELETE FROM c;
                END;
                INSERT INTO a
                VALUES (1);
                """;

        List<String> statements = SqlScript.statements(script);

        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).isEqualTo("CREATE TABLE a (x INTEGER);");
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER a_log").endsWith("END;")
                .contains("INSERT INTO b VALUES (new.x);", "DELETE FROM c;");
        assertThat(statements.get(2)).isEqualTo("INSERT INTO a\nVALUES (1);");
    }

    @Test
    void aScriptEndingInsideAStatementIsABuildError() {
        assertThatThrownBy(() -> SqlScript.statements("CREATE TABLE a (x)"))
                .isInstanceOf(IllegalStateException.class);
    }
}
