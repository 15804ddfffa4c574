package cn.yiyang.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The data folder as the README's run gives it ("./data", relative to where the jar was started). */
class FileStoreTest {

    private static final String RELATIVE = "./target/filestore-test/./data";

    @Test
    void a_file_written_under_a_relative_data_folder_reads_back_by_its_key() throws Exception {
        FileStore store = new FileStore(RELATIVE);
        String key = store.write("受理通知书".getBytes(StandardCharsets.UTF_8));

        Path path = store.path(key);

        assertThat(Files.readString(path)).isEqualTo("受理通知书");
        assertThat(path).isEqualTo(Path.of("target/filestore-test/data/files", key).toAbsolutePath());
    }

    @Test
    void an_uploaded_file_kept_under_a_relative_data_folder_reads_back_by_its_key() throws Exception {
        FileStore store = new FileStore(RELATIVE);
        FileStore.Received received = store.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);

        String key = store.keep(received);

        assertThat(Files.readAllBytes(store.path(key))).containsExactly(1, 2, 3);
    }

    @Test
    void a_key_that_climbs_out_of_the_files_folder_is_refused() {
        FileStore store = new FileStore(RELATIVE);

        assertThatThrownBy(() -> store.path("../mariadb/ibdata1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.path("2026/12/../../../x")).isInstanceOf(IllegalArgumentException.class);
    }
}
