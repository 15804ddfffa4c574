package cn.yiyang.casework;

import java.nio.file.Path;

/** A stored file ready to be sent: where it is and how to name it. */
public record StoredFile(Path path, String fileName, String contentType, long size, String sha256) {
}
