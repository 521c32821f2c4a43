package org.shoppingapi.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shoppingapi.domain.draft.Draft;
import org.shoppingapi.domain.draft.DraftOptions;
import org.shoppingapi.ports.out.DraftStore;

/** The boundaries of docs/ARCHITECTURE.md as ArchUnit rules; each field's name says the rule. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    private static final String[] FRAMEWORKS = {
            "io.helidon..", "org.jdbi..", "com.fasterxml..", "jakarta..", "javax..", "org.mapstruct..",
            "org.slf4j..", "org.glassfish..", "org.flywaydb..", "com.zaxxer..", "io.zonky..", "org.postgresql..",
            "java.sql..", "com.nimbusds..", "java.util.logging.."};

    public static final ArchRule domain_depends_on_the_jdk_only = noClasses()
            .that().resideInAPackage("org.shoppingapi.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.shoppingapi.domain..")
            .because("the domain is pure Java that users embed (docs/ARCHITECTURE.md)");

    public static final ArchRule domain_uses_no_io_or_logging = noClasses()
            .that().resideInAPackage("org.shoppingapi.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..",
                    "java.util.logging..", "java.lang.System$Logger")
            .because("the domain does no I/O");

    public static final ArchRule ports_do_not_depend_on_adapters_or_frameworks = noClasses()
            .that().resideInAnyPackage("org.shoppingapi.ports..", "org.shoppingapi.application..")
            .should().dependOnClassesThat().resideInAnyPackage(withAdapters(FRAMEWORKS))
            .because("use cases and services know only the domain and the port interfaces");

    public static final ArchRule rest_adapter_does_not_depend_on_the_jdbc_adapter = noClasses()
            .that().resideInAPackage("org.shoppingapi.rest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.shoppingapi.jdbc..", "org.shoppingapi.app..")
            .because("adapters never import each other");

    public static final ArchRule jdbc_adapter_does_not_depend_on_the_rest_adapter = noClasses()
            .that().resideInAPackage("org.shoppingapi.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.shoppingapi.rest..", "org.shoppingapi.app..")
            .because("adapters never import each other");

    private static final String OUTBOUND_REST = "org.shoppingapi.rest.outbound..";

    /** adapter-rest's inbound side: the API (resources, filters, wire, errors, token checking), i.e. all but outbound. */
    private static final DescribedPredicate<JavaClass> INBOUND_REST = resideInAPackage("org.shoppingapi.rest..")
            .and(not(resideInAPackage(OUTBOUND_REST)))
            .as("the inbound REST side (org.shoppingapi.rest.. outside rest.outbound..)");

    /** The one outbound class the inbound side may read: the token format its verifier checks what the signer wrote. */
    private static final String TOKEN_FORMAT = "org.shoppingapi.rest.outbound.token.AccessTokenFormat";

    public static final ArchRule rest_outbound_does_not_depend_on_the_inbound_side = noClasses()
            .that().resideInAPackage(OUTBOUND_REST)
            .should().dependOnClassesThat(INBOUND_REST)
            .because("outbound parts (webhook sender, checkout client, secret hashing, token signing) implement "
                    + "out-ports for the core; they work without the API, e.g. in the clients command");

    public static final ArchRule rest_inbound_reaches_outbound_only_through_ports = noClasses()
            .that(INBOUND_REST)
            .should().dependOnClassesThat(resideInAPackage(OUTBOUND_REST).and(not(name(TOKEN_FORMAT)))
                    .as("outbound REST classes other than " + TOKEN_FORMAT))
            .because("resources and filters reach outbound work only through the core's ports; app wires the two "
                    + "sides (only the token verifier reads the token format the signer writes)");

    /** The {@code clients} command's own classes (nested ones too), in app or in a fixture of app's tests. */
    private static final DescribedPredicate<JavaClass> CLIENTS_COMMAND = nameMatching(
            "org\\.shoppingapi\\.app\\..*\\b(ClientsCommand|ClientProvisioning|ClientServices)(\\$.*)?")
            .<JavaClass>forSubtype().as("the clients command (ClientsCommand, ClientProvisioning, ClientServices)");

    public static final ArchRule clients_command_uses_no_inbound_rest_class = noClasses()
            .that(CLIENTS_COMMAND)
            .should().transitivelyDependOnClassesThat(INBOUND_REST)
            .because("administering clients needs the database and bcrypt, never the API (issue 18)");

    public static final ArchRule adapters_use_in_ports_not_services = noClasses()
            .that().resideInAnyPackage("org.shoppingapi.rest..", "org.shoppingapi.jdbc..")
            .should().dependOnClassesThat().resideInAPackage("org.shoppingapi.application..")
            .because("an adapter calls a use case through its in-port; only app wires services");

    public static final ArchRule in_ports_do_not_depend_on_out_ports = noClasses()
            .that().resideInAPackage("org.shoppingapi.ports.in..")
            .should().dependOnClassesThat().resideInAnyPackage("org.shoppingapi.ports.out..",
                    "org.shoppingapi.application..")
            .because("in-ports and out-ports do not import each other");

    public static final ArchRule out_ports_do_not_depend_on_in_ports = noClasses()
            .that().resideInAPackage("org.shoppingapi.ports.out..")
            .should().dependOnClassesThat().resideInAnyPackage("org.shoppingapi.ports.in..",
                    "org.shoppingapi.application..")
            .because("in-ports and out-ports do not import each other");

    private static final DescribedPredicate<JavaClass> USING_JACKSON = DescribedPredicate.describe("use Jackson",
            c -> c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("com.fasterxml.jackson")));

    public static final ArchRule jdbc_adapter_serializes_no_domain_type_with_jackson = noClasses()
            .that().resideInAPackage("org.shoppingapi.jdbc..").and(USING_JACKSON)
            .should().dependOnClassesThat().resideInAPackage("org.shoppingapi.domain..")
            .because("stored documents are the adapter's own records, mapped by hand; a domain type serialized "
                    + "as it is lets a domain refactoring silently change or lose stored data (issue 13)");

    public static final ArchRule stored_document_records_hold_no_domain_type = noClasses()
            .that().resideInAPackage("org.shoppingapi.jdbc..").and().haveSimpleNameEndingWith("Row")
            .should().dependOnClassesThat().resideInAPackage("org.shoppingapi.domain..")
            .because("a persistence record (XxxRow) is what is stored; a domain type inside it would be "
                    + "serialized by reflection after all");

    private static final Set<String> WIRE_CODEC_MEMBERS =
            Set.of("wireName", "fromWire", "toWire", "WIRE_NAMES", "PASS_THROUGH", "SETTABLE",
                    "PAYMENT_DETAILS");

    private static final DescribedPredicate<JavaClass> SPEAKING_WIRE = DescribedPredicate.describe(
            "be named for the wire or carry a wire-name codec or wire field list (wireName/fromWire/WIRE_NAMES/"
                    + "PASS_THROUGH/SETTABLE)",
            c -> c.getSimpleName().contains("Wire")
                    || c.getMethods().stream().anyMatch(m -> WIRE_CODEC_MEMBERS.contains(m.getName()))
                    || c.getFields().stream().anyMatch(f -> WIRE_CODEC_MEMBERS.contains(f.getName())));

    public static final ArchRule core_speaks_no_wire_vocabulary = noClasses()
            .that().resideInAnyPackage("org.shoppingapi.domain..", "org.shoppingapi.ports..",
                    "org.shoppingapi.application..")
            .should(ArchCondition.from(SPEAKING_WIRE))
            .because("wire names are the REST adapter's (WireEnums) and stored names the JDBC adapter's "
                    + "(ColumnValues, StoredNames); the core is a library with no API spelling (issue 18)");

    private static final DescribedPredicate<JavaClass> TAKING_A_FIELD_MAP = DescribedPredicate.describe(
            "take a java.util.Map in a constructor or static factory (a map keyed by field names)",
            c -> c.getConstructors().stream().anyMatch(k -> takesAMap(k.getRawParameterTypes()))
                    || c.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.STATIC))
                            .anyMatch(m -> takesAMap(m.getRawParameterTypes())));

    public static final ArchRule in_port_commands_take_typed_changes_not_field_maps = noClasses()
            .that().resideInAPackage("org.shoppingapi.ports.in..").and().haveSimpleNameEndingWith("Command")
            .should(ArchCondition.from(TAKING_A_FIELD_MAP))
            .because("a command says what changes in the core's types (OrderChanges, Extensions); a map keyed by "
                    + "wire names is the adapter's to read (issue 18)");

    public static final ArchRule content_carries_pass_through_fields_as_extensions = noClasses()
            .that().resideInAPackage("org.shoppingapi.domain.content..")
            .or().belongToAnyOf(DraftOptions.class)
            .should(ArchCondition.from(TAKING_A_FIELD_MAP))
            .because("the fields the core carries unread are an opaque Extensions value and the keys it reads "
                    + "(the customer's id) are typed; a map keyed by wire names lets the core look fields up by "
                    + "their API spelling (issue 18)");

    public static final ArchRule packages_are_free_of_cycles = slices()
            .matching("org.shoppingapi.(**)")
            .should().beFreeOfCycles();

    /** The core's JPMS modules as their compiled module-info.class files describe them. */
    static final List<ModuleView> CORE_MODULES = List.of(
            ModuleView.of(Draft.class, "org.shoppingapi.domain"),
            ModuleView.of(DraftStore.class, "org.shoppingapi.ports", "org.shoppingapi.application"));

    public static final ArchRule core_modules_are_used_only_through_their_exports =
            usedOnlyThroughExports(CORE_MODULES);

    /**
     * No class uses a package of another of {@code modules} that its module-info.java does not export to the user's
     * module (to everyone, for a class outside them all). The JVM enforces this only on the module path; the
     * adapters and the tests run on the class path, so this rule is what keeps the two views the same.
     */
    static ArchRule usedOnlyThroughExports(List<ModuleView> modules) {
        return classes().should(new ArchCondition<JavaClass>(
                "use another core module's package only where its module-info.java exports it to them") {
            @Override
            public void check(JavaClass user, ConditionEvents events) {
                Optional<ModuleView> own = moduleOf(modules, user.getPackageName());
                String reader = own.map(ModuleView::name).orElse(null);
                for (Dependency dependency : user.getDirectDependenciesFromSelf()) {
                    String used = dependency.getTargetClass().getPackageName();
                    Optional<ModuleView> owner = moduleOf(modules, used);
                    if (owner.isPresent() && !owner.equals(own) && !owner.get().exportsTo(used, reader)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ", but module " + owner.get().name() + " does not export " + used
                                + (reader == null ? "" : " to " + reader)));
                    }
                }
            }
        }).because("module-info.java says what the core offers; what it conceals may change without notice");
    }

    private static Optional<ModuleView> moduleOf(List<ModuleView> modules, String packageName) {
        return modules.stream().filter(m -> m.holds(packageName)).findFirst();
    }

    private static boolean takesAMap(List<JavaClass> parameterTypes) {
        return parameterTypes.stream().anyMatch(t -> t.isAssignableTo(Map.class));
    }

    private static String[] withAdapters(String[] frameworks) {
        String[] all = new String[frameworks.length + 3];
        System.arraycopy(frameworks, 0, all, 0, frameworks.length);
        all[frameworks.length] = "org.shoppingapi.rest..";
        all[frameworks.length + 1] = "org.shoppingapi.jdbc..";
        all[frameworks.length + 2] = "org.shoppingapi.app..";
        return all;
    }
}
