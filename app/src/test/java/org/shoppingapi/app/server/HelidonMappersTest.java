package org.shoppingapi.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.common.mapper.MapperManager;
import io.helidon.common.mapper.Mappers;
import io.helidon.http.HeaderValues;
import io.helidon.service.registry.Services;
import org.junit.jupiter.api.Test;

/** After pinning, Helidon's global mappers and its service registry hand out one instance, and headers still parse. */
class HelidonMappersTest {

    @Test
    @SuppressWarnings("removal")
    void the_pinned_global_mapper_manager_is_the_registrys_and_reads_content_lengths() {
        HelidonMappers.pinGlobal();
        HelidonMappers.pinGlobal();

        MapperManager global = MapperManager.global();
        assertThat(global).isSameAs(MapperManager.global());
        assertThat((Object) Services.get(Mappers.class)).isSameAs(global);
        assertThat(HeaderValues.create("Content-Length", "1048576").get(long.class)).isEqualTo(1_048_576L);
    }
}
