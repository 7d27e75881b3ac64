/**
 * The command line, {@code java -jar mfg-testkit/target/mfg.jar COMMAND ...}: exit status 0 on success, 2 on
 * invalid input or usage (one line per problem on standard error, no stack trace), 1 on an internal error.
 */
@NullMarked
package dev.mfg.testkit.cli;

import org.jspecify.annotations.NullMarked;
