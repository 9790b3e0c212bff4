namespace Jsc.Runtime.Builtins;

/// <summary>
/// Math functions .NET lacks or computes imprecisely: double.ExpM1 and double.LogP1 are
/// exp(x) − 1 and log(1 + x), which lose every digit for tiny x.
/// </summary>
public static class MathFunctions
{
    /// <summary>https://tc39.es/ecma262/#sec-math.expm1 — Kahan's correction: (u − 1) · x / log u with u = e^x.</summary>
    public static double Expm1(double x)
    {
        if (double.IsNaN(x) || Math.Abs(x) < 5.551115123125783e-17) return x;
        double u = Math.Exp(x);
        if (double.IsPositiveInfinity(u)) return u;
        if (u == 1) return x;
        double um1 = u - 1;
        if (um1 == -1) return -1;
        return um1 * x / Math.Log(u);
    }

    /// <summary>https://tc39.es/ecma262/#sec-math.log1p — log u · x / (u − 1) with u = 1 + x, exact for the rounding of u.</summary>
    public static double Log1p(double x)
    {
        if (double.IsNaN(x) || Math.Abs(x) < 5.551115123125783e-17) return x;
        if (x < -1) return double.NaN;
        if (x == -1) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(x)) return x;
        double u = 1 + x;
        if (u == 1) return x;
        return Math.Log(u) * (x / (u - 1));
    }
}
