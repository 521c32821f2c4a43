package org.shoppingapi.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.shoppingapi.app.archfixture.ClientsCommand;
import org.shoppingapi.app.archfixture.SettingsHoldingAnApiClass;
import org.shoppingapi.archfixture.cycle.a.A;
import org.shoppingapi.archfixture.cycle.b.B;
import org.shoppingapi.domain.archfixture.DomainDoingIo;
import org.shoppingapi.domain.archfixture.DomainUsingJackson;
import org.shoppingapi.domain.archfixture.StatusWithWireName;
import org.shoppingapi.domain.archfixture.WireSpelling;
import org.shoppingapi.domain.content.archfixture.ContentWithFieldMap;
import org.shoppingapi.jdbc.archfixture.DomainInsideRow;
import org.shoppingapi.jdbc.archfixture.JdbcSerializingDomain;
import org.shoppingapi.jdbc.archfixture.JdbcUsingRest;
import org.shoppingapi.ports.in.archfixture.InPortUsingOutPort;
import org.shoppingapi.ports.in.archfixture.MapOfChangesCommand;
import org.shoppingapi.ports.out.archfixture.OutPortUsingInPort;
import org.shoppingapi.application.archfixture.ServiceUsingJdbi;
import org.shoppingapi.rest.archfixture.InboundUsingOutbound;
import org.shoppingapi.rest.archfixture.RestUsingDomainInternals;
import org.shoppingapi.rest.archfixture.RestUsingJdbcAndService;
import org.shoppingapi.rest.outbound.archfixture.OutboundUsingInbound;

/** Each rule is fed a fixture class that breaks it and must report the violation: a rule that cannot fail guards nothing. */
class ArchitectureRulesCanFailTest {

    private static EvaluationResult evaluate(ArchRule rule, Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return rule.evaluate(imported);
    }

    private static void assertViolated(ArchRule rule, String offender, Class<?>... classes) {
        EvaluationResult result = evaluate(rule, classes);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains(offender));
    }

    @Test
    void domain_rule_reports_a_framework_import() {
        assertViolated(ArchitectureRules.domain_depends_on_the_jdk_only, "DomainUsingJackson", DomainUsingJackson.class);
    }

    @Test
    void domain_io_rule_reports_file_access() {
        assertViolated(ArchitectureRules.domain_uses_no_io_or_logging, "DomainDoingIo", DomainDoingIo.class);
    }

    @Test
    void ports_rule_reports_a_jdbi_import() {
        assertViolated(ArchitectureRules.ports_do_not_depend_on_adapters_or_frameworks, "ServiceUsingJdbi",
                ServiceUsingJdbi.class);
    }

    @Test
    void adapter_rules_report_cross_adapter_and_service_imports() {
        assertViolated(ArchitectureRules.rest_adapter_does_not_depend_on_the_jdbc_adapter, "RestUsingJdbcAndService",
                RestUsingJdbcAndService.class);
        assertViolated(ArchitectureRules.adapters_use_in_ports_not_services, "RestUsingJdbcAndService",
                RestUsingJdbcAndService.class);
        assertViolated(ArchitectureRules.jdbc_adapter_does_not_depend_on_the_rest_adapter, "JdbcUsingRest",
                JdbcUsingRest.class);
    }

    @Test
    void rest_side_rules_report_outbound_using_inbound_and_inbound_using_outbound() {
        assertViolated(ArchitectureRules.rest_outbound_does_not_depend_on_the_inbound_side, "OutboundUsingInbound",
                OutboundUsingInbound.class);
        assertViolated(ArchitectureRules.rest_inbound_reaches_outbound_only_through_ports, "InboundUsingOutbound",
                InboundUsingOutbound.class);
        // The real classes that sit on the boundary pass: the signer, and the verifier reading the token format.
        assertThat(evaluate(ArchitectureRules.rest_outbound_does_not_depend_on_the_inbound_side,
                org.shoppingapi.rest.outbound.token.JwtTokenSigner.class,
                org.shoppingapi.rest.outbound.webhook.HttpWebhookSender.class).hasViolation()).isFalse();
        assertThat(evaluate(ArchitectureRules.rest_inbound_reaches_outbound_only_through_ports,
                org.shoppingapi.rest.auth.JwtTokenVerifier.class,
                org.shoppingapi.rest.outbound.token.AccessTokenFormat.class).hasViolation()).isFalse();
    }

    @Test
    void clients_command_rule_reports_an_api_class_reached_through_another_class() {
        assertViolated(ArchitectureRules.clients_command_uses_no_inbound_rest_class, "ClientsCommand",
                ClientsCommand.class, ClientsCommand.Create.class, SettingsHoldingAnApiClass.class,
                org.shoppingapi.rest.auth.TokenAttemptLimits.class);
    }

    @Test
    void port_direction_rules_report_in_out_imports() {
        assertViolated(ArchitectureRules.in_ports_do_not_depend_on_out_ports, "InPortUsingOutPort",
                InPortUsingOutPort.class);
        assertViolated(ArchitectureRules.out_ports_do_not_depend_on_in_ports, "OutPortUsingInPort",
                OutPortUsingInPort.class);
    }

    @Test
    void stored_document_rules_report_a_domain_type_serialized_by_jackson() {
        assertViolated(ArchitectureRules.jdbc_adapter_serializes_no_domain_type_with_jackson, "JdbcSerializingDomain",
                JdbcSerializingDomain.class);
        assertViolated(ArchitectureRules.stored_document_records_hold_no_domain_type, "DomainInsideRow",
                DomainInsideRow.class);
        // The adapter's real document code passes both.
        assertThat(evaluate(ArchitectureRules.jdbc_adapter_serializes_no_domain_type_with_jackson,
                org.shoppingapi.jdbc.document.DocumentJson.class).hasViolation()).isFalse();
        assertThat(evaluate(ArchitectureRules.stored_document_records_hold_no_domain_type,
                org.shoppingapi.jdbc.document.ItemRow.class).hasViolation()).isFalse();
    }

    @Test
    void wire_vocabulary_rule_reports_a_wire_codec_or_wire_named_type_in_the_core() {
        assertViolated(ArchitectureRules.core_speaks_no_wire_vocabulary, "StatusWithWireName",
                StatusWithWireName.class);
        assertViolated(ArchitectureRules.core_speaks_no_wire_vocabulary, "WireSpelling", WireSpelling.class);
        assertThat(evaluate(ArchitectureRules.core_speaks_no_wire_vocabulary,
                org.shoppingapi.domain.order.PaymentStatus.class).hasViolation()).isFalse();
    }

    @Test
    void content_rule_reports_pass_through_fields_kept_as_a_map() {
        assertViolated(ArchitectureRules.content_carries_pass_through_fields_as_extensions, "ContentWithFieldMap",
                ContentWithFieldMap.class);
        assertThat(evaluate(ArchitectureRules.content_carries_pass_through_fields_as_extensions,
                org.shoppingapi.domain.content.OrderContent.class, org.shoppingapi.domain.content.Item.class,
                org.shoppingapi.domain.content.Store.class, org.shoppingapi.domain.draft.DraftOptions.class)
                .hasViolation()).isFalse();
    }

    @Test
    void command_rule_reports_a_command_taking_a_map_of_changes() {
        assertViolated(ArchitectureRules.in_port_commands_take_typed_changes_not_field_maps, "MapOfChangesCommand",
                MapOfChangesCommand.class);
        assertThat(evaluate(ArchitectureRules.in_port_commands_take_typed_changes_not_field_maps,
                org.shoppingapi.ports.in.order.UpdateOrderCommand.class).hasViolation()).isFalse();
    }

    @Test
    void cycle_rule_reports_a_package_cycle() {
        EvaluationResult result = evaluate(ArchitectureRules.packages_are_free_of_cycles, A.class, B.class);
        assertThat(result.hasViolation()).isTrue();
    }

    @Test
    void module_rule_reports_an_adapter_using_a_package_the_core_does_not_export_to_it() throws Exception {
        EvaluationResult result = evaluate(ArchitectureRules.core_modules_are_used_only_through_their_exports,
                RestUsingDomainInternals.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("RestUsingDomainInternals")
                        && line.contains("does not export org.shoppingapi.domain.money"))
                .anyMatch(line -> line.contains("does not export org.shoppingapi.domain.completion"));
        // The same completion package is exported to the ports, whose service (not public, so named) uses it.
        assertThat(evaluate(ArchitectureRules.core_modules_are_used_only_through_their_exports,
                Class.forName("org.shoppingapi.application.CompleteDraftService")).hasViolation()).isFalse();
    }

    @Test
    void clean_classes_pass_every_rule() {
        // The same rules over a class that follows them: no false alarm.
        assertThat(evaluate(ArchitectureRules.domain_depends_on_the_jdk_only,
                org.shoppingapi.domain.content.TaxLine.class).hasViolation()).isFalse();
    }
}
