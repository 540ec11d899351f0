package io.github.tgtext.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The session's Hadoop settings, sent to the executors once (broadcast) so that they open files
 * on the same file systems, with the same credentials, as the driver listed them. Hadoop's
 * {@link Configuration} is not {@link Serializable}, but is Hadoop-{@code Writable}.
 */
final class HadoopConf implements Serializable {

    private transient Configuration conf;

    HadoopConf(Configuration conf) {
        this.conf = conf;
    }

    Configuration get() {
        return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        conf = new Configuration(false);
        conf.readFields(in);
    }
}
