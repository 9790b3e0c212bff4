using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Jsc.Runtime.AbstractOps;
using Jsc.Runtime.Builtins;
using Jsc.Runtime.Objects;
using Jsc.Runtime.Values;

namespace Jsc.Stdlib.Crypto;

/// <summary>
/// A TLS secure context (node's native SecureContext behind crypto.createCredentials and
/// tls.createSecureContext): a private key, a certificate chain and trusted CAs held as .NET
/// X509 objects, for the TLS streams to hand to SslStream. Bad PEM fails as OpenSSL words it.
/// </summary>
public sealed class SecureContext
{
    public AsymmetricAlgorithm? Key { get; private set; }
    public X509Certificate2? Certificate { get; private set; }
    public X509Certificate2Collection Authorities { get; } = [];
    public string? Ciphers { get; private set; }

    /// <summary>setKey(pem, passphrase): an RSA or EC private key, encrypted when a passphrase is given.</summary>
    public void SetKey(string pem, string? passphrase)
    {
        foreach (var create in new Func<AsymmetricAlgorithm>[] { RSA.Create, ECDsa.Create })
        {
            var key = create();
            try
            {
                if (passphrase != null) key.ImportFromEncryptedPem(pem, passphrase);
                else key.ImportFromPem(pem);
                Key = key;
                if (Certificate != null) Certificate = WithKey(Certificate, key);
                return;
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException)
            {
                key.Dispose();
            }
        }
        throw new OpenSslError("error:1E08010C:DECODER routines::unsupported", "DECODER routines", "unsupported", "ERR_OSSL_UNSUPPORTED");
    }

    /// <summary>setCert(pem): the first certificate of the PEM text.</summary>
    public void SetCert(string pem)
    {
        var certificate = ReadCertificates(pem)[0];
        Certificate = Key != null ? WithKey(certificate, Key) : certificate;
    }

    static X509Certificate2 WithKey(X509Certificate2 certificate, AsymmetricAlgorithm key)
    {
        try
        {
            return key switch
            {
                RSA rsa => certificate.CopyWithPrivateKey(rsa),
                ECDsa ec => certificate.CopyWithPrivateKey(ec),
                _ => certificate,
            };
        }
        catch (CryptographicException)
        {
            throw new OpenSslError("error:05800074:x509 certificate routines::key values mismatch", "x509 certificate routines", "key values mismatch", "ERR_OSSL_X509_KEY_VALUES_MISMATCH");
        }
    }

    /// <summary>addCACert(pem): every certificate in the PEM text becomes trusted (text without one adds nothing, as in node).</summary>
    public void AddCACert(string pem)
    {
        try
        {
            Authorities.ImportFromPem(pem);
        }
        catch (CryptographicException)
        {
        }
    }

    /// <summary>addRootCerts(): the system's trusted roots (node's bundled list).</summary>
    public void AddRootCerts()
    {
        using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
        try
        {
            store.Open(OpenFlags.ReadOnly);
            Authorities.AddRange(store.Certificates);
        }
        catch (CryptographicException)
        {
            // No readable system store: nothing is trusted beyond what the caller adds.
        }
    }

    /// <summary>loadPKCS12(pfx, passphrase): key and certificate from a PKCS#12 archive.</summary>
    public void LoadPkcs12(byte[] pfx, string? passphrase)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12(pfx, passphrase, X509KeyStorageFlags.Exportable);
            Certificate = certificate;
            Key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey();
        }
        catch (CryptographicException)
        {
            throw new OpenSslError("not enough data", "", "", "");
        }
    }

    public void SetCiphers(string ciphers) => Ciphers = ciphers;

    /// <summary>close(): the key is released; the context holds nothing any more.</summary>
    public void Close()
    {
        Key?.Dispose();
        Key = null;
        Certificate = null;
        Authorities.Clear();
    }

    static X509Certificate2[] ReadCertificates(string pem)
    {
        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPem(pem);
        }
        catch (CryptographicException)
        {
        }
        if (collection.Count == 0)
            throw new OpenSslError("error:0480006C:PEM routines::no start line", "PEM routines", "no start line", "ERR_OSSL_PEM_NO_START_LINE");
        return collection.ToArray();
    }
}

public static partial class CryptoBinding
{
    /// <summary>secureContext() → a handle with setKey, setCert, addCACert, addRootCerts, loadPKCS12, setCiphers, getCertificate, close.</summary>
    static void InstallSecureContext(Realm realm, JsObject binding) =>
        binding.DefineMethods(realm, new BuiltinMethod("secureContext", 0, (_, _) => JsValue.FromObject(NewSecureContext(realm))));

    static JsObject NewSecureContext(Realm realm)
    {
        var context = new SecureContext();
        var handle = new JsObject(realm.ObjectPrototype);
        JsValue Guard(Action action)
        {
            try { action(); }
            catch (OpenSslError e) { throw OpenSslException(realm, e); }
            return JsValue.Undefined;
        }
        static string? Optional(JsValue v) => v.IsNullOrUndefined ? null : TypeConversion.ToString(v);
        handle.DefineMethods(realm,
            new BuiltinMethod("setKey", 2, (_, a) => { var pem = TypeConversion.ToString(a.Arg(0)); var pass = Optional(a.Arg(1)); return Guard(() => context.SetKey(pem, pass)); }),
            new BuiltinMethod("setCert", 1, (_, a) => { var pem = TypeConversion.ToString(a.Arg(0)); return Guard(() => context.SetCert(pem)); }),
            new BuiltinMethod("addCACert", 1, (_, a) => { var pem = TypeConversion.ToString(a.Arg(0)); return Guard(() => context.AddCACert(pem)); }),
            new BuiltinMethod("addRootCerts", 0, (_, _) => Guard(context.AddRootCerts)),
            new BuiltinMethod("loadPKCS12", 2, (_, a) => { var pfx = Bytes(a.Arg(0)).ToArray(); var pass = Optional(a.Arg(1)); return Guard(() => context.LoadPkcs12(pfx, pass)); }),
            new BuiltinMethod("setCiphers", 1, (_, a) => { var ciphers = TypeConversion.ToString(a.Arg(0)); return Guard(() => context.SetCiphers(ciphers)); }),
            new BuiltinMethod("getCertificate", 0, (_, _) => context.Certificate is { } c ? ToBuffer(c.RawData) : JsValue.Null),
            new BuiltinMethod("close", 0, (_, _) => Guard(context.Close)));
        return handle;
    }
}
