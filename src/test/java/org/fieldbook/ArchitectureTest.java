package org.fieldbook;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.fieldbook.storage.StorageException;

/** The layering rules of STYLE.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "org.fieldbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyStorageTouchesJdbc = noClasses()
            .that().resideOutsideOfPackage("org.fieldbook.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("only the storage package talks to SQLite");

    @ArchTest
    static final ArchRule onlyUiTouchesJavaFxScene = noClasses()
            .that().resideOutsideOfPackage("org.fieldbook.ui..")
            .and().doNotHaveSimpleName("App")
            // the start-up trace of the window, beside App in the composition root
            .and().doNotHaveSimpleName("StartupTrace")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("nothing outside ui builds JavaFX nodes");

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses()
            .that().resideInAPackage("org.fieldbook.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.fieldbook.model..", "java..")
            .because("the model is records and enums with no framework in them");

    @ArchTest
    static final ArchRule storageKnowsOnlyTheModel = noClasses()
            .that().resideInAPackage("org.fieldbook.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.importer..", "org.fieldbook.search..",
                    "org.fieldbook.library..", "org.fieldbook.catalogue..", "org.fieldbook.cli..", "org.fieldbook.ui..")
            .because("dependencies point one way: services -> storage -> model");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheirCallers = noClasses()
            .that().resideInAnyPackage("org.fieldbook.importer..", "org.fieldbook.search..", "org.fieldbook.library..",
                    "org.fieldbook.catalogue..", "org.fieldbook.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.cli..", "org.fieldbook.ui..")
            .because("the window and the command line call the same services, never the reverse");

    /**
     * Added with the stockpile chart: its layout and the PNG and SVG exports run on the
     * command line with no display, so the chart package must not need JavaFX at all (not
     * even its properties); it draws through java.awt, which works headless.
     */
    @ArchTest
    static final ArchRule chartExportNeedsNoJavaFx = noClasses()
            .that().resideInAPackage("org.fieldbook.chart..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("export-chart must work without a display or the JavaFX toolkit");

    @ArchTest
    static final ArchRule commandLineCallsServicesNotStorage = noClasses()
            .that().resideInAPackage("org.fieldbook.cli..")
            .should().dependOnClassesThat(resideInAPackage("org.fieldbook.storage..")
                    .and(not(assignableTo(StorageException.class))))
            .because("commands call services; only the storage failure type may be caught there");

    /** The static half of "offline, provably"; OfflineExtension and CI's network namespace are the running half. */
    @ArchTest
    static final ArchRule nothingUsesTheNetwork = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "jdk.net..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.AsynchronousSocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
            .because("Fieldbook is offline by design (DESIGN.md): no code path may open a connection");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.fieldbook.(*)..").should().beFreeOfCycles();
}
