import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar with its classes stored rather than deflated, everything else as it was, in the
 * same order: {@code java src/build/StoreClasses.java target/repdesk.jar} (pom.xml runs it after
 * the shade plugin). A class read from a stored entry is not inflated: started from the jar, the
 * ~1,700 classes the first frame reads from it took 80-110 ms less of a core to load (issue 21,
 * docs/benchmarks.md, jarstart10). The jar grows from 57 to 86 MB; its resources (other
 * platforms' native libraries, fonts, dictionaries) stay deflated.
 */
public final class StoreClasses {

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path out = jar.resolveSibling(jar.getFileName() + ".storing");
        int stored = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            byte[] buffer = new byte[1 << 16];
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                if (entry.getExtra() != null) {
                    copy.setExtra(entry.getExtra());
                }
                if (entry.getName().endsWith(".class") && !entry.isDirectory()) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getSize());
                    copy.setCrc(entry.getCrc());
                    stored++;
                } else {
                    copy.setMethod(entry.isDirectory() || entry.getSize() == 0 ? ZipEntry.STORED : ZipEntry.DEFLATED);
                    if (copy.getMethod() == ZipEntry.STORED) {
                        copy.setSize(0);
                        copy.setCompressedSize(0);
                        copy.setCrc(0);
                    }
                }
                zip.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    copyAll(data, zip, buffer);
                }
                zip.closeEntry();
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("StoreClasses: " + stored + " classes stored in " + jar);
    }

    private static void copyAll(InputStream in, OutputStream out, byte[] buffer) throws IOException {
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
    }
}
