using System.Security.Cryptography;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Errors;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Crypto;

/// <summary>
/// Signing with PEM keys (crypto.createSign/createVerify): RSA with PKCS#1 v1.5 padding, so
/// signatures equal node's byte for byte, and ECDSA with DER-encoded signatures as OpenSSL
/// writes them. sign(digest, pem, data) → Buffer; verify(digest, pem, data, signature) → bool.
/// </summary>
public static partial class CryptoBinding
{
    static void InstallKeys(Realm realm, JsObject binding) =>
        binding.DefineMethods(realm,
            new BuiltinMethod("sign", 3, (_, a) => Sign(realm, a.Arg(0), a.Arg(1), a.Arg(2))),
            new BuiltinMethod("verify", 4, (_, a) => Verify(realm, a.Arg(0), a.Arg(1), a.Arg(2), a.Arg(3))));

    static JsValue Sign(Realm realm, JsValue digest, JsValue pem, JsValue data)
    {
        var alg = Algorithm(TypeConversion.ToString(digest))!.Value;
        var text = TypeConversion.ToString(pem);
        var bytes = Bytes(data);
        try
        {
            if (TryImport(text, out RSA? rsa))
                using (rsa) return ToBuffer(rsa!.SignData(bytes, alg, RSASignaturePadding.Pkcs1));
            if (TryImport(text, out ECDsa? ec))
                using (ec) return ToBuffer(ec!.SignData(bytes, alg, DSASignatureFormat.Rfc3279DerSequence));
        }
        catch (CryptographicException e)
        {
            throw KeyError(realm, e.Message);
        }
        throw KeyError(realm, "error:1E08010C:DECODER routines::unsupported");
    }

    static JsValue Verify(Realm realm, JsValue digest, JsValue pem, JsValue data, JsValue signature)
    {
        var alg = Algorithm(TypeConversion.ToString(digest))!.Value;
        var text = TypeConversion.ToString(pem);
        var bytes = Bytes(data);
        var sig = Bytes(signature);
        if (TryImport(text, out RSA? rsa))
            using (rsa) return rsa!.VerifyData(bytes, sig, alg, RSASignaturePadding.Pkcs1);
        if (TryImport(text, out ECDsa? ec))
            using (ec) return ec!.VerifyData(bytes, sig, alg, DSASignatureFormat.Rfc3279DerSequence);
        throw KeyError(realm, "error:1E08010C:DECODER routines::unsupported");
    }

    static bool TryImport<T>(string pem, out T? key) where T : AsymmetricAlgorithm
    {
        key = typeof(T) == typeof(RSA) ? (T)(AsymmetricAlgorithm)RSA.Create() : (T)(AsymmetricAlgorithm)ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            key.Dispose();
            key = null;
            return false;
        }
    }

    static JsException KeyError(Realm realm, string message) =>
        new(JsValue.FromObject(new JsError(realm.ErrorPrototype, message)));
}
