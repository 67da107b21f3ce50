package org.phoenixlab.app.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.phoenixlab.engine.files.AtomicFiles;

/**
 * Pictures made from what the screen shows: a PNG of any node (the architecture, a chart) and an
 * animated GIF encoded frame by frame. Every file is written atomically, so a failed export never leaves half a
 * file or damages an older one. (Tables and the trace: {@link org.phoenixlab.app.util.TableFiles}.)
 */
public final class Pictures {
    private Pictures() {
    }

    /** A picture of {@code node} as drawn now, at {@code scale} (2 for a sharper picture). */
    public static WritableImage picture(Node node, double scale) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        return node.snapshot(p, null);
    }

    public static void png(WritableImage image, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BufferedImage rgb = opaque(SwingFXUtils.fromFXImage(image, null));
        if (!ImageIO.write(rgb, "png", out)) {
            throw new IOException("no PNG encoder is available");
        }
        AtomicFiles.write(file, out.toByteArray());
    }

    private static BufferedImage opaque(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }

    /** Where an animation's frames come from, one at a time, as they are drawn. */
    @FunctionalInterface
    public interface Frames {
        /** The next frame, waiting for it if it is not drawn yet; null once there are no more. */
        WritableImage next() throws IOException;
    }

    /** An animated GIF that loops, {@code delayMs} per frame, from frames already drawn. */
    public static void gif(List<WritableImage> frames, int delayMs, Path file) throws IOException {
        java.util.Iterator<WritableImage> it = frames.iterator();
        gif(file, delayMs, () -> it.hasNext() ? it.next() : null);
    }

    /**
     * An animated GIF that loops, {@code delayMs} per frame, encoded frame by frame as {@code frames}
     * gives them: each frame is written (into a temporary file beside {@code file}) and forgotten before
     * the next is asked for, so memory does not grow with the number of frames. The file appears
     * whole at the end, or not at all when {@code frames} fails (a Cancel).
     */
    public static void gif(Path file, int delayMs, Frames frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            AtomicFiles.write(file, out -> {
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) { // leaves `out` open
                    writer.setOutput(stream);
                    writer.prepareWriteSequence(null);
                    int written = 0;
                    for (WritableImage frame = frames.next(); frame != null; frame = frames.next()) {
                        writeFrame(writer, opaque(SwingFXUtils.fromFXImage(frame, null)), delayMs);
                        stream.flush(); // the bytes of this frame go to the file, not to a cache in memory
                        out.flush(); // through the save's own buffer too
                        written++;
                    }
                    if (written == 0) {
                        throw new IOException("there are no frames to write");
                    }
                    writer.endWriteSequence();
                }
            });
        } finally {
            writer.dispose();
        }
    }

    private static void writeFrame(ImageWriter writer, BufferedImage img, int delayMs) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMs / 10)));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode apps = child(root, "ApplicationExtensions");
        IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {1, 0, 0}); // loop for ever
        apps.appendChild(loop);
        meta.setFromTree(format, root);
        writer.writeToSequence(new IIOImage(img, null, meta), null);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }
}
