package vn.hoctap.portal.materials.control;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One Tika configuration for detection and extraction, made once: the parsers and detectors on
 * this module's class path (the standard package less the formats a material cannot have).
 */
final class Tika {

    private Tika() {
    }

    private static final class Holder {
        static final TikaConfig CONFIG = load();

        private static TikaConfig load() {
            try {
                return new TikaConfig(Tika.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (TikaException e) {
                throw new IllegalStateException("Tika cannot start", e);
            }
        }
    }

    static TikaConfig config() {
        return Holder.CONFIG;
    }
}
