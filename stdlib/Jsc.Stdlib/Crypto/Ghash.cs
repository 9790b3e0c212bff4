namespace Jsc.Stdlib.Crypto;

/// <summary>
/// GCM's GHASH (NIST SP 800-38D §6.4): Y = (Y xor block) · H in GF(2^128), fed the AAD
/// (zero-padded to a block), then the ciphertext as it streams, then the bit lengths.
/// https://nvlpubs.nist.gov/nistpubs/Legacy/SP/nistspecialpublication800-38d.pdf
/// </summary>
sealed class Ghash
{
    readonly ulong hHi, hLo;
    ulong yHi, yLo;
    readonly byte[] partial = new byte[16];
    int partialLength;
    long aadLength, dataLength;
    bool dataStarted;

    public Ghash(byte[] h)
    {
        hHi = ReadBe(h, 0);
        hLo = ReadBe(h, 8);
    }

    public void AddAad(ReadOnlySpan<byte> aad)
    {
        Absorb(aad);
        aadLength += aad.Length;
    }

    public void Update(ReadOnlySpan<byte> data)
    {
        if (!dataStarted) { PadPartial(); dataStarted = true; }
        Absorb(data);
        dataLength += data.Length;
    }

    public byte[] Finish() => FinishLengths(aadLength, dataLength);

    /// <summary>Closes the hash with len(A) || len(C) in bits and returns Y.</summary>
    public byte[] FinishLengths(long aadBytes, long dataBytes)
    {
        PadPartial();
        Multiply((ulong)aadBytes * 8, (ulong)dataBytes * 8);
        var result = new byte[16];
        WriteBe(result, 0, yHi);
        WriteBe(result, 8, yLo);
        return result;
    }

    void Absorb(ReadOnlySpan<byte> data)
    {
        foreach (var b in data)
        {
            partial[partialLength++] = b;
            if (partialLength == 16)
            {
                Multiply(ReadBe(partial, 0), ReadBe(partial, 8));
                partialLength = 0;
            }
        }
    }

    void PadPartial()
    {
        if (partialLength == 0) return;
        Array.Clear(partial, partialLength, 16 - partialLength);
        Multiply(ReadBe(partial, 0), ReadBe(partial, 8));
        partialLength = 0;
    }

    /// <summary>Y = (Y xor X) · H, bit by bit (Algorithm 1 of SP 800-38D).</summary>
    void Multiply(ulong xHi, ulong xLo)
    {
        ulong aHi = yHi ^ xHi, aLo = yLo ^ xLo;
        ulong zHi = 0, zLo = 0, vHi = hHi, vLo = hLo;
        for (int i = 0; i < 128; i++)
        {
            ulong bit = i < 64 ? (aHi >> (63 - i)) & 1 : (aLo >> (127 - i)) & 1;
            if (bit != 0) { zHi ^= vHi; zLo ^= vLo; }
            bool lsb = (vLo & 1) != 0;
            vLo = (vLo >> 1) | (vHi << 63);
            vHi >>= 1;
            if (lsb) vHi ^= 0xE100000000000000UL;
        }
        yHi = zHi;
        yLo = zLo;
    }

    static ulong ReadBe(byte[] b, int o) => System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(o));
    static void WriteBe(byte[] b, int o, ulong v) => System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(b.AsSpan(o), v);
}
