using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ProgramaBot.Tests.Fakes;

/// <summary>
/// A self-signed certificate for 127.0.0.1, so a local fake can serve https to a bot process that trusts it through
/// SSL_CERT_FILE (OpenSSL's trust store override, which .NET on Linux honours) — no machine-wide trust is touched.
/// </summary>
public sealed class LocalCertificate : IDisposable
{
    private LocalCertificate(X509Certificate2 certificate, string pemFile)
    {
        Certificate = certificate;
        PemFile = pemFile;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The certificate alone, PEM: the value for the bot process's SSL_CERT_FILE.</summary>
    public string PemFile { get; }

    public static LocalCertificate Create(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.KeyCertSign, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));

        Directory.CreateDirectory(folder);
        var pem = Path.Combine(folder, "local-ca.pem");
        File.WriteAllText(pem, certificate.ExportCertificatePem());
        return new LocalCertificate(certificate, pem);
    }

    public void Dispose() => Certificate.Dispose();
}
