/**
 * The {@code jixiao} command line: parses arguments (commons-cli), runs read → score → write, and prints a table
 * or JSON. Only this package prints or exits.
 */
package org.jixiao.cli;
