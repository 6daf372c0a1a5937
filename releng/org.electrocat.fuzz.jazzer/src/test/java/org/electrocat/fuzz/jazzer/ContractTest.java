package org.electrocat.fuzz.jazzer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.electrocat.api.FormatException;
import org.junit.jupiter.api.Test;

/** The oracle itself: each kind of broken contract is caught, a documented refusal is not. */
class ContractTest {

    private static Path input() throws Exception {
        Path f = Contract.scratch("txt");
        Files.write(f, new byte[] {1, 2, 3});
        return f;
    }

    @Test
    void aFormatExceptionNamingTheFileIsAccepted() throws Exception {
        Path f = input();
        assertDoesNotThrow(() -> Contract.check(f, f.getFileName().toString(), 3, 2000,
                file -> { throw new FormatException(file, 1, "x", "bad"); }, FormatException.class));
    }

    @Test
    void aFormatExceptionThatDoesNotNameTheFileIsAViolation() throws Exception {
        Path f = input();
        Contract.Violation v = assertThrows(Contract.Violation.class, () -> Contract.check(f, f.getFileName().toString(), 3,
                2000, file -> { throw new FormatException((Path) null, 1, "x", "bad"); }, FormatException.class));
        assertTrue(v.getMessage().contains("does not name"), v.getMessage());
    }

    @Test
    void undocumentedExceptionsAreViolations() throws Exception {
        Path f = input();
        assertThrows(Contract.Violation.class, () -> Contract.check(f, "fuzz-input", 3, 2000,
                file -> { throw new ArrayIndexOutOfBoundsException(7); }, FormatException.class));
        assertThrows(Contract.Violation.class, () -> Contract.check(f, "fuzz-input", 3, 2000,
                file -> { throw new java.nio.charset.MalformedInputException(1); }, FormatException.class));
        assertThrows(Contract.Violation.class, () -> Contract.check(f, "fuzz-input", 3, 0,
                file -> { throw new NullPointerException(); }, FormatException.class), "also without the worker thread");
    }

    @Test
    void anAllocationBeyondTheBudgetIsAViolation() throws Exception {
        Path f = input();
        long[] sink = {0};
        Contract.Violation v = assertThrows(Contract.Violation.class, () -> Contract.check(f, "fuzz-input", 3, 0, file -> {
            for (int i = 0; i < 160; i++) { // 160 MiB in 1 MiB pieces: never more than 1 MiB live
                sink[0] += new byte[1 << 20].length;
            }
        }, FormatException.class));
        assertTrue(v.getMessage().contains("allocated 16"), v.getMessage());
        assertDoesNotThrow(() -> Contract.check(f, "fuzz-input", 3, 0, file -> {
            sink[0] += new byte[96 << 20].length;
        }, FormatException.class), "96 MiB is within the 128 MiB floor");
    }

    @Test
    void aHangIsAViolationInRegressionMode() throws Exception {
        Path f = input();
        Contract.Violation v = assertThrows(Contract.Violation.class, () -> Contract.check(f, "fuzz-input", 3, 300, file -> {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        }, FormatException.class));
        assertTrue(v.getMessage().contains("did not finish within 300 ms"), v.getMessage());
    }
}
