namespace Jsc.Runtime.Builtins;

/// <summary>The element types of https://tc39.es/ecma262/#table-the-typedarray-constructors (BigInt ones left out: no BigInt yet).</summary>
public enum TypedArrayKind : byte
{
    Int8, Uint8, Uint8Clamped, Int16, Uint16, Int32, Uint32, Float32, Float64,
}

public static class TypedArrayKinds
{
    public const int Count = 9;

    static readonly string[] Names =
        ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array"];

    static readonly byte[] Shifts = [0, 0, 0, 1, 1, 2, 2, 2, 3];

    /// <summary>The constructor's name, e.g. "Uint8Array" (also [[TypedArrayName]]).</summary>
    public static string Name(this TypedArrayKind kind) => Names[(int)kind];

    /// <summary>log2 of the element size.</summary>
    public static int Shift(this TypedArrayKind kind) => Shifts[(int)kind];

    /// <summary>The element size in bytes (BYTES_PER_ELEMENT).</summary>
    public static int ElementSize(this TypedArrayKind kind) => 1 << Shifts[(int)kind];
}
