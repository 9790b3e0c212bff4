using System.Security.Cryptography;

namespace Jsc.Stdlib.Crypto;

/// <summary>An OpenSSL-style failure: node shows it as `error:XXXXXXXX:library::reason` with library, reason and code.</summary>
sealed class OpenSslError(string message, string library, string reason, string code) : Exception(message)
{
    public string Library { get; } = library;
    public string Reason { get; } = reason;
    public string Code { get; } = code;

    /// <summary>The errors OpenSSL queued after this one (node's `opensslErrorStack`).</summary>
    public string[] Stack { get; init; } = [];

    public static OpenSslError BadDecrypt() =>
        new("error:1C800064:Provider routines::bad decrypt", "Provider routines", "bad decrypt", "ERR_OSSL_BAD_DECRYPT");

    public static OpenSslError WrongFinalBlockLength() =>
        new("error:1C80006B:Provider routines::wrong final block length", "Provider routines", "wrong final block length", "ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH");
}

enum AesMode { Ecb, Cbc, Ctr, Ofb, Cfb, Gcm }

/// <summary>
/// One AES cipher or decipher as node's Cipheriv/Decipheriv drives OpenSSL's EVP_Cipher*:
/// update returns whole blocks (a decipher with padding holds the last one back), final adds
/// or checks PKCS#7 padding; CTR/OFB/CFB/GCM are stream modes built on the AES block function
/// from System.Security.Cryptography (GCM's GHASH is in <see cref="Ghash"/>, since AesGcm
/// only encrypts whole messages at once).
/// </summary>
sealed class AesCipher : IDisposable
{
    const int Block = 16;
    readonly Aes aes;
    readonly AesMode mode;
    readonly bool decrypt;
    readonly ICryptoTransform transform; // ECB/CBC: the mode itself; stream modes: raw AES-ECB encryption
    readonly byte[] pending = new byte[Block];
    int pendingLength;
    bool autoPadding = true;
    // Stream modes: the counter / feedback register and the unused keystream bytes.
    readonly byte[] register = new byte[Block];
    byte[] keystream = new byte[Block];
    int keystreamPos = Block;
    Ghash? ghash;
    byte[]? tagMask;

    public AesCipher(AesMode mode, byte[] key, byte[] iv, bool decrypt)
    {
        this.mode = mode;
        this.decrypt = decrypt;
        aes = Aes.Create();
        aes.Key = key;
        aes.Padding = PaddingMode.None;
        if (mode == AesMode.Cbc)
        {
            aes.Mode = CipherMode.CBC;
            aes.IV = iv;
            transform = decrypt ? aes.CreateDecryptor() : aes.CreateEncryptor();
            return;
        }
        aes.Mode = CipherMode.ECB;
        transform = decrypt && mode == AesMode.Ecb ? aes.CreateDecryptor() : aes.CreateEncryptor();
        if (mode == AesMode.Gcm) InitGcm(iv);
        else if (mode != AesMode.Ecb) iv.CopyTo(register, 0);
    }

    public static int IvLength(AesMode mode) => mode switch { AesMode.Ecb => 0, AesMode.Gcm => 12, _ => Block };

    bool IsBlockMode => mode is AesMode.Ecb or AesMode.Cbc;

    public bool AuthTagMismatch { get; private set; }

    public void SetAutoPadding(bool on) => autoPadding = on;

    /// <summary>EVP_CipherUpdate.</summary>
    public byte[] Update(ReadOnlySpan<byte> input)
    {
        if (!IsBlockMode) return StreamUpdate(input);
        int total = pendingLength + input.Length;
        int outLength = total / Block * Block;
        if (decrypt && autoPadding && outLength == total && outLength > 0) outLength -= Block;
        var data = new byte[outLength];
        int fromPending = Math.Min(pendingLength, outLength);
        pending.AsSpan(0, fromPending).CopyTo(data);
        int fromInput = outLength - fromPending;
        input[..fromInput].CopyTo(data.AsSpan(fromPending));
        // What is left: the rest of pending (only when nothing was output) then the rest of input.
        var rest = new byte[total - outLength];
        pending.AsSpan(fromPending, pendingLength - fromPending).CopyTo(rest);
        input[fromInput..].CopyTo(rest.AsSpan(pendingLength - fromPending));
        rest.CopyTo(pending, 0);
        pendingLength = rest.Length;
        if (outLength > 0) transform.TransformBlock(data, 0, outLength, data, 0);
        return data;
    }

    /// <summary>EVP_CipherFinal: padding for ECB/CBC, the tag for GCM.</summary>
    public byte[] Final()
    {
        if (!IsBlockMode)
        {
            if (mode == AesMode.Gcm) FinishGcm();
            return [];
        }
        if (!decrypt)
        {
            if (!autoPadding)
                return pendingLength == 0 ? [] : throw OpenSslError.WrongFinalBlockLength();
            byte pad = (byte)(Block - pendingLength);
            for (int i = pendingLength; i < Block; i++) pending[i] = pad;
            var block = new byte[Block];
            transform.TransformBlock(pending, 0, Block, block, 0);
            pendingLength = 0;
            return block;
        }
        if (!autoPadding)
            return pendingLength == 0 ? [] : throw OpenSslError.WrongFinalBlockLength();
        if (pendingLength != Block) throw OpenSslError.WrongFinalBlockLength();
        var plain = new byte[Block];
        transform.TransformBlock(pending, 0, Block, plain, 0);
        pendingLength = 0;
        int n = plain[Block - 1];
        if (n == 0 || n > Block) throw OpenSslError.BadDecrypt();
        for (int i = Block - n; i < Block; i++)
            if (plain[i] != n) throw OpenSslError.BadDecrypt();
        return plain[..(Block - n)];
    }

    byte[] StreamUpdate(ReadOnlySpan<byte> input)
    {
        var output = new byte[input.Length];
        if (mode == AesMode.Gcm && decrypt) ghash!.Update(input);
        for (int i = 0; i < input.Length; i++)
        {
            if (keystreamPos == Block) NextKeystream();
            byte c = (byte)(input[i] ^ keystream[keystreamPos]);
            output[i] = c;
            if (mode == AesMode.Cfb) register[keystreamPos] = decrypt ? input[i] : c;
            keystreamPos++;
        }
        if (mode == AesMode.Gcm && !decrypt) ghash!.Update(output);
        return output;
    }

    void NextKeystream()
    {
        switch (mode)
        {
            case AesMode.Ctr:
                transform.TransformBlock(register, 0, Block, keystream, 0);
                Increment(register, 0);
                break;
            case AesMode.Gcm:
                transform.TransformBlock(register, 0, Block, keystream, 0);
                Increment(register, 12);
                break;
            case AesMode.Ofb:
                transform.TransformBlock(register, 0, Block, keystream, 0);
                keystream.CopyTo(register, 0);
                break;
            case AesMode.Cfb:
                transform.TransformBlock(register, 0, Block, keystream, 0);
                break;
        }
        keystreamPos = 0;
    }

    /// <summary>Adds one to the big-endian counter in register[from..16].</summary>
    static void Increment(byte[] counter, int from)
    {
        for (int i = Block - 1; i >= from; i--)
            if (++counter[i] != 0) break;
    }

    // --- GCM (NIST SP 800-38D) ---

    void InitGcm(byte[] iv)
    {
        var h = new byte[Block];
        transform.TransformBlock(new byte[Block], 0, Block, h, 0);
        ghash = new Ghash(h);
        var j0 = new byte[Block];
        if (iv.Length == 12)
        {
            iv.CopyTo(j0, 0);
            j0[15] = 1;
        }
        else
        {
            var g = new Ghash(h);
            g.Update(iv);
            g.FinishLengths(0, iv.Length).CopyTo(j0, 0);
        }
        tagMask = new byte[Block];
        transform.TransformBlock(j0, 0, Block, tagMask, 0);
        j0.CopyTo(register, 0);
        Increment(register, 12);
    }

    /// <summary>setAAD: additional authenticated data, before any update.</summary>
    public void SetAad(ReadOnlySpan<byte> aad) => ghash!.AddAad(aad);

    public byte[] Tag { get; private set; } = [];

    /// <summary>setAuthTag on a decipher: the tag final() checks.</summary>
    public byte[]? ExpectedTag { get; set; }

    void FinishGcm()
    {
        var s = ghash!.Finish();
        var tag = new byte[Block];
        for (int i = 0; i < Block; i++) tag[i] = (byte)(s[i] ^ tagMask![i]);
        Tag = tag;
        if (decrypt)
        {
            var expected = ExpectedTag;
            if (expected == null || !CryptographicOperations.FixedTimeEquals(tag.AsSpan(0, expected.Length), expected))
                throw new OpenSslError("Unsupported state or unable to authenticate data", "", "", "");
        }
    }

    public void Dispose()
    {
        transform.Dispose();
        aes.Dispose();
    }
}
