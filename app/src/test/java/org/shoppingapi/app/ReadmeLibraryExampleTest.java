package org.shoppingapi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoppingapi.jdbc.testing.TestDatabases;

/** The README's "Use as a library" code is the real thing: taken from README.md, compiled, and run on PostgreSQL. */
class ReadmeLibraryExampleTest {

    @TempDir
    Path work;

    @Test
    void readme_library_example_compiles_and_prints_the_documented_amounts() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Use as a library"));
        Matcher code = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(code.find()).as("a java block in the library section").isTrue();
        Matcher promise = Pattern.compile("It prints `([^`]*)`").matcher(section);
        assertThat(promise.find()).as("the README says what the example prints").isTrue();

        Path source = work.resolve("LibraryExample.java");
        Files.writeString(source, code.group(1));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream compilerOutput = new ByteArrayOutputStream();
        int exit = javac.run(null, compilerOutput, compilerOutput, "-d", work.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(exit).as(compilerOutput.toString(StandardCharsets.UTF_8)).isZero();

        TestDatabases.TestDatabase db = TestDatabases.create(ReadmeLibraryExampleTest.class);
        String printed = runMain(db);
        assertThat(printed.strip()).isEqualTo(promise.group(1));
    }

    private String runMain(TestDatabases.TestDatabase db) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("LibraryExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) List.of(db.jdbcUrl(), db.user(), db.password()).toArray(String[]::new));
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
