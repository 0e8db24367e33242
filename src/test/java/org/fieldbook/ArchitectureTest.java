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
                    "org.fieldbook.library..", "org.fieldbook.cli..", "org.fieldbook.ui..")
            .because("dependencies point one way: services -> storage -> model");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheirCallers = noClasses()
            .that().resideInAnyPackage("org.fieldbook.importer..", "org.fieldbook.search..", "org.fieldbook.library..")
            .should().dependOnClassesThat().resideInAnyPackage("org.fieldbook.cli..", "org.fieldbook.ui..")
            .because("the window and the command line call the same services, never the reverse");

    @ArchTest
    static final ArchRule commandLineCallsServicesNotStorage = noClasses()
            .that().resideInAPackage("org.fieldbook.cli..")
            .should().dependOnClassesThat(resideInAPackage("org.fieldbook.storage..")
                    .and(not(assignableTo(StorageException.class))))
            .because("commands call services; only the storage failure type may be caught there");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.fieldbook.(*)..").should().beFreeOfCycles();
}
