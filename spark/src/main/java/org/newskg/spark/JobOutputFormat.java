package org.newskg.spark;

import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;
import org.newskg.load.JobOutput;

/**
 * Writes each record to the part file of its kind: the key ({@link JobOutput#NQUADS},
 * {@link JobOutput#MANIFEST}, {@link JobOutput#FAILED}) names the directory, the value is the
 * text; the key itself is not written. N-Quads files get their extension.
 */
public final class JobOutputFormat extends MultipleTextOutputFormat<Text, Text> {
  @Override
  protected String generateFileNameForKeyValue(Text key, Text value, String name) {
    String kind = key.toString();
    return kind + "/" + name + (JobOutput.NQUADS.equals(kind) ? ".nq" : "");
  }

  @Override
  protected Text generateActualKey(Text key, Text value) {
    return null;
  }
}
