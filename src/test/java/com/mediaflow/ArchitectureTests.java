package com.mediaflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** House rules that Spring Modulith's module verification does not cover. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.mediaflow");

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void controllersAreNotPublicAndNotTransactional() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(CLASSES);
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBeAnnotatedWith(Transactional.class)
                .check(CLASSES);
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBeAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void noFieldInjectionAndNoValueStrings() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
        noFields().should().beAnnotatedWith(Value.class).check(CLASSES);
    }

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        fields().that()
                .haveNameMatching("(?i).*(amount|price|cost|rate|total|budget|balance).*")
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("..ratelimit..")
                .should()
                .notHaveRawType(double.class)
                .andShould()
                .notHaveRawType(float.class)
                .andShould()
                .notHaveRawType(Double.class)
                .check(CLASSES);
    }

    @Test
    void entitiesAreOnlyUsedInsideTheirModule() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .because("controllers take and return records, never entities")
                .check(CLASSES);
    }

    @Test
    void entitiesHaveAProtectedNoArgumentConstructor() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<>("have a protected no-argument constructor") {
                    @Override
                    public void check(
                            com.tngtech.archunit.core.domain.JavaClass item,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        var ok = item.getConstructors().stream()
                                .anyMatch(c -> c.getRawParameterTypes().isEmpty()
                                        && c.getModifiers().contains(JavaModifier.PROTECTED));
                        if (!ok) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                    item, item.getName() + " has no protected no-argument constructor"));
                        }
                    }
                })
                .check(CLASSES);
    }
}
