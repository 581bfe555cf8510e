package orbit.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The benchmarks' small command line: {@code --name value} options and {@code --flag}s. Not thread-safe. */
final class Args {
    private final List<String> args;
    private final String usage;

    Args(String[] args, String usage) {
        this.args = new ArrayList<>(Arrays.asList(args));
        this.usage = usage;
        if (this.args.contains("--help") || this.args.contains("-h")) {
            System.out.println("usage: " + usage);
            System.exit(0);
        }
    }

    String value(String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0) {
            if (fallback == null) {
                fail(name + " is required");
            }
            return fallback;
        }
        if (i + 1 >= args.size()) {
            fail(name + " needs a value");
        }
        String v = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return v;
    }

    long longValue(String name, long fallback) {
        String v = value(name, Long.toString(fallback)).replace("_", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            fail(name + " '" + v + "' is not a whole number");
            return 0;
        }
    }

    boolean flag(String name) {
        return args.remove(name);
    }

    /** Fails on anything not consumed. */
    void done() {
        if (!args.isEmpty()) {
            fail("unknown arguments " + args);
        }
    }

    private void fail(String message) {
        System.err.println(message + "\nusage: " + usage);
        System.exit(2);
    }
}
