package org.sikiza.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one entry point of {@code sikiza.jar}; {@code serve} is the default. */
@Command(name = "sikiza", mixinStandardHelpOptions = true, version = "sikiza 0.1.0",
    description = "Citizen-feedback gateway: SMS and voice in, SDG themes and county dialogue reports out.",
    subcommands = {ServeCommand.class, DemoCommand.class, TrainCommand.class, ClassifyCommand.class,
        EvaluateCommand.class, ReclassifyCommand.class, UsersCommand.class, IngestBenchmarkCommand.class,
        ClassifierBenchmarkCommand.class, ReportBenchmarkCommand.class})
public final class SikizaCommand implements Runnable {

  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new SikizaCommand());
    String[] effective = args.length == 0 ? new String[] {"serve"} : args;
    int exit = commandLine.execute(effective);
    if (exit != 0 || !ServeCommand.keepsRunning(effective)) {
      System.exit(exit);
    }
  }

  @Override
  public void run() {
    new CommandLine(new ServeCommand()).execute();
  }
}
