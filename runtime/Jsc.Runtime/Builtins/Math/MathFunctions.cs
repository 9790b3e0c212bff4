namespace Jsc.Runtime.Builtins;

/// <summary>
/// Math functions .NET lacks or computes imprecisely: double.ExpM1 and double.LogP1 are
/// exp(x) − 1 and log(1 + x), which lose every digit for tiny x, and Math.Cbrt is off by
/// several units in the last place (Math.Cbrt(27) is 3.0000000000000004).
/// </summary>
public static class MathFunctions
{
    /// <summary>https://tc39.es/ecma262/#sec-math.cbrt — one Newton step from Math.Cbrt, with t³ − x computed exactly by FMA.</summary>
    public static double Cbrt(double x)
    {
        if (!double.IsFinite(x) || x == 0) return x;
        double t = Math.Cbrt(x);
        double t2 = t * t;
        double t2Error = Math.FusedMultiplyAdd(t, t, -t2);
        double residual = Math.FusedMultiplyAdd(t2, t, -x) + t2Error * t;
        return t - residual / (3 * t2);
    }

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
