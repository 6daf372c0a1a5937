package org.electrocat.math.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.electrocat.math.fit.LinearFit;
import org.electrocat.math.fit.LinearFitResult;
import org.junit.jupiter.api.Test;

class BandedCholeskyTest {

    /** A random SPD band matrix: random band entries plus a dominant diagonal. */
    private static SymmetricBandMatrix randomSpd(int n, int p, long seed) {
        Random r = new Random(seed);
        SymmetricBandMatrix a = new SymmetricBandMatrix(n, p);
        for (int i = 0; i < n; i++) {
            for (int d = 1; d <= p && i + d < n; d++) {
                a.set(i + d, i, r.nextGaussian());
            }
        }
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = Math.max(0, i - p); j <= Math.min(n - 1, i + p); j++) {
                row += j == i ? 0 : Math.abs(a.get(i, j));
            }
            a.set(i, i, row + 0.5 + r.nextDouble());
        }
        return a;
    }

    private static RealMatrix dense(SymmetricBandMatrix a) {
        int n = a.size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = a.get(i, j);
            }
        }
        return new Array2DRowRealMatrix(m, false);
    }

    @Test
    void matchesDenseLuSolveForSeveralBandwidths() {
        for (int p : new int[] {0, 1, 2, 3, 5, 12}) {
            int n = 60;
            SymmetricBandMatrix a = randomSpd(n, p, 17 + p);
            double[] b = new double[n];
            Random r = new Random(p);
            for (int i = 0; i < n; i++) {
                b[i] = r.nextGaussian();
            }
            RealMatrix m = dense(a);
            LUDecomposition lu = new LUDecomposition(m);
            double[] expected = lu.getSolver().solve(new ArrayRealVector(b)).toArray();
            BandedCholesky chol = BandedCholesky.of(a);
            assertArrayEquals(expected, chol.solve(b), 1e-12, "bandwidth " + p);
            assertEquals(Math.log(lu.getDeterminant()), chol.logDeterminant(), 1e-10, "bandwidth " + p);
        }
    }

    @Test
    void differencePenaltyHasTheKnownEntries() {
        // DᵀD for second differences on 5 points: diagonal 1 5 6 5 1, first off-diagonal −2 −4 −4 −2, second 1 1 1
        SymmetricBandMatrix m = SymmetricBandMatrix.differencePenalty(5, 2, 1);
        double[][] expected = {{1, -2, 1, 0, 0}, {-2, 5, -4, 1, 0}, {1, -4, 6, -4, 1}, {0, 1, -4, 5, -2},
            {0, 0, 1, -2, 1}};
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(expected[i][j], m.get(i, j), 0, "(" + i + "," + j + ")");
            }
        }
        // first differences: the path-graph Laplacian
        SymmetricBandMatrix f = SymmetricBandMatrix.differencePenalty(4, 1, 3);
        assertEquals(3, f.get(0, 0), 0);
        assertEquals(6, f.get(1, 1), 0);
        assertEquals(-3, f.get(2, 1), 0);
        // the penalty annihilates polynomials of degree < order: DᵀD·(a + b·i) = 0
        double[] line = new double[50];
        for (int i = 0; i < 50; i++) {
            line[i] = 2 - 0.3 * i;
        }
        assertArrayEquals(new double[50], SymmetricBandMatrix.differencePenalty(50, 2, 1e6).multiply(line), 1e-6);
    }

    @Test
    void whittakerSmootherLimits() {
        // (I + λ·DᵀD)·z = y: λ → 0 returns y, λ → ∞ returns the least-squares straight line of y
        int n = 200;
        double[] y = new double[n];
        double[] x = new double[n];
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 15.0) + 0.1 * r.nextGaussian();
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        SymmetricBandMatrix small = SymmetricBandMatrix.differencePenalty(n, 2, 1e-12);
        small.addDiagonal(ones);
        assertArrayEquals(y, BandedCholesky.solve(small, y), 1e-10);
        SymmetricBandMatrix big = SymmetricBandMatrix.differencePenalty(n, 2, 1e12);
        big.addDiagonal(ones);
        double[] z = BandedCholesky.solve(big, y);
        LinearFitResult line = LinearFit.fit(x, y);
        for (int i = 0; i < n; i++) {
            assertEquals(line.predict(i), z[i], 1e-4, "point " + i);
        }
    }

    @Test
    void largePentadiagonalSystemHasSmallResidualAndRefactorReusesStorage() {
        int n = 200_000;
        SymmetricBandMatrix template = SymmetricBandMatrix.differencePenalty(n, 2, 1e5);
        double[] w = new double[n];
        double[] y = new double[n];
        Random r = new Random(11);
        for (int i = 0; i < n; i++) {
            w[i] = r.nextDouble() < 0.5 ? 1e-3 : 1;
            y[i] = Math.cos(i * 1e-3) + r.nextGaussian();
        }
        SymmetricBandMatrix a = template.copy();
        a.addDiagonal(w);
        BandedCholesky chol = new BandedCholesky(n, 2);
        chol.factor(a);
        double[] z = chol.solve(y);
        double[] az = a.multiply(z);
        double worst = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, Math.abs(az[i] - y[i]));
        }
        assertTrue(worst < 1e-8, "residual " + worst);
        // refactor with other weights in the same storage: same result as a fresh factor
        for (int i = 0; i < n; i++) {
            w[i] = 1 - w[i] + 1e-3;
        }
        a.copyFrom(template);
        a.addDiagonal(w);
        chol.factor(a);
        assertArrayEquals(BandedCholesky.solve(a, y), chol.solve(y), 0);
    }

    @Test
    void rejectsIndefiniteMatricesAndBadShapes() {
        SymmetricBandMatrix a = new SymmetricBandMatrix(3, 1);
        a.set(0, 0, 1);
        a.set(1, 0, 2);
        a.set(1, 1, 1);
        a.set(2, 2, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BandedCholesky.of(a));
        assertTrue(e.getMessage().contains("not positive definite") && e.getMessage().contains("row 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.set(2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SymmetricBandMatrix(3, 3));
        assertThrows(IllegalArgumentException.class, () -> SymmetricBandMatrix.differencePenalty(2, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> SymmetricBandMatrix.differencePenalty(10, 2, Double.NaN));
        BandedCholesky ok = BandedCholesky.of(randomSpd(4, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ok.solve(new double[3]));
        assertThrows(IllegalArgumentException.class, () -> ok.solve(new double[] {1, Double.NaN, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> ok.factor(randomSpd(5, 1, 1)));
    }
}
