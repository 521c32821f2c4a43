package org.shoppingapi.app.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Runs every architecture rule over the production classes of all five modules. */
@AnalyzeClasses(packages = "org.shoppingapi", importOptions = ProductionClassesOnly.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_depends_on_the_jdk_only = ArchitectureRules.domain_depends_on_the_jdk_only;
    @ArchTest
    static final ArchRule domain_uses_no_io_or_logging = ArchitectureRules.domain_uses_no_io_or_logging;
    @ArchTest
    static final ArchRule ports_do_not_depend_on_adapters_or_frameworks =
            ArchitectureRules.ports_do_not_depend_on_adapters_or_frameworks;
    @ArchTest
    static final ArchRule rest_adapter_does_not_depend_on_the_jdbc_adapter =
            ArchitectureRules.rest_adapter_does_not_depend_on_the_jdbc_adapter;
    @ArchTest
    static final ArchRule jdbc_adapter_does_not_depend_on_the_rest_adapter =
            ArchitectureRules.jdbc_adapter_does_not_depend_on_the_rest_adapter;
    @ArchTest
    static final ArchRule rest_outbound_does_not_depend_on_the_inbound_side =
            ArchitectureRules.rest_outbound_does_not_depend_on_the_inbound_side;
    @ArchTest
    static final ArchRule rest_inbound_reaches_outbound_only_through_ports =
            ArchitectureRules.rest_inbound_reaches_outbound_only_through_ports;
    @ArchTest
    static final ArchRule clients_command_uses_no_inbound_rest_class =
            ArchitectureRules.clients_command_uses_no_inbound_rest_class;
    @ArchTest
    static final ArchRule adapters_use_in_ports_not_services = ArchitectureRules.adapters_use_in_ports_not_services;
    @ArchTest
    static final ArchRule in_ports_do_not_depend_on_out_ports = ArchitectureRules.in_ports_do_not_depend_on_out_ports;
    @ArchTest
    static final ArchRule out_ports_do_not_depend_on_in_ports = ArchitectureRules.out_ports_do_not_depend_on_in_ports;
    @ArchTest
    static final ArchRule jdbc_adapter_serializes_no_domain_type_with_jackson =
            ArchitectureRules.jdbc_adapter_serializes_no_domain_type_with_jackson;
    @ArchTest
    static final ArchRule stored_document_records_hold_no_domain_type =
            ArchitectureRules.stored_document_records_hold_no_domain_type;
    @ArchTest
    static final ArchRule core_speaks_no_wire_vocabulary = ArchitectureRules.core_speaks_no_wire_vocabulary;
    @ArchTest
    static final ArchRule in_port_commands_take_typed_changes_not_field_maps =
            ArchitectureRules.in_port_commands_take_typed_changes_not_field_maps;
    @ArchTest
    static final ArchRule content_carries_pass_through_fields_as_extensions =
            ArchitectureRules.content_carries_pass_through_fields_as_extensions;
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = ArchitectureRules.packages_are_free_of_cycles;
    @ArchTest
    static final ArchRule core_modules_are_used_only_through_their_exports =
            ArchitectureRules.core_modules_are_used_only_through_their_exports;
}
