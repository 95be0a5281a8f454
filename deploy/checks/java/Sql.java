import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs one query and prints its rows, columns separated by tabs: how deploy/checks reads the database behind the
 * service, with only the JDK and the PostgreSQL driver of the local stack's classpath (no psql needed).
 *
 * <pre>java -cp "$(cat .work/pg.classpath)" Sql.java &lt;jdbc url&gt; &lt;user&gt; &lt;password&gt; &lt;query&gt;</pre>
 */
public class Sql {

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(args[3])) {
            int columns = rows.getMetaData().getColumnCount();
            StringBuilder out = new StringBuilder();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    out.append(i > 1 ? "\t" : "").append(rows.getString(i));
                }
                out.append('\n');
            }
            System.out.print(out);
        }
    }
}
