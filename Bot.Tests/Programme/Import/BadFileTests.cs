using System.Text;
using ProgramaBot.Programme.Import;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ProgramaBot.Tests.Programme.Import;

/// <summary>A file that cannot become a programme is refused with one clear sentence, whatever is wrong with it.</summary>
public sealed class BadFileTests
{
    [Fact]
    public void AScannedPdfWithoutTextIsRefused()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600); // a scan is an image: marks, no text layer
        Assert.Contains("parece un documento escaneado", Refusal(builder.Build(), "escaneo.pdf"));
    }

    [Fact]
    public void AnEncryptedPdfIsRefused()
    {
        var pdf = Encoding.Latin1.GetString(TestDocuments.Pdf([new("Texto cualquiera")]));
        var trailer = pdf.LastIndexOf("trailer", StringComparison.Ordinal);
        var dictionary = pdf.IndexOf("<<", trailer, StringComparison.Ordinal);
        var encrypted = pdf[..(dictionary + 2)]
                        + "/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -1068 /O <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> /U <00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF> >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] "
                        + pdf[(dictionary + 2)..];
        Assert.Contains("protegido con contraseña o cifrado", Refusal(Encoding.Latin1.GetBytes(encrypted), "cifrado.pdf"));
    }

    [Fact]
    public void ATruncatedDocxIsRefused()
    {
        var docx = TestDocuments.Docx([new("PROGRAMA ANUAL DE TRABAJO 2026")]);
        Assert.Contains("no es un documento de Word (DOCX) válido", Refusal(docx[..(docx.Length / 2)], "cortado.docx"));
    }

    [Fact]
    public void ACorruptDocxIsRefused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        "PK\u0003\u0004"u8.CopyTo(bytes);
        Assert.Contains("no es un documento de Word (DOCX) válido", Refusal(bytes, "dañado.docx"));
    }

    [Fact]
    public void AFileThatIsNotADocumentIsRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];
        Assert.Contains("no es un documento que se pueda leer", Refusal(png, "foto.png"));
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefused()
    {
        var big = Encoding.UTF8.GetBytes(new string('a', ProgrammeImporter.MaxBytes + 1));
        Assert.Contains("demasiado grande", Refusal(big, "enorme.txt"));
    }

    [Fact]
    public void ADocumentThatIsNotAProgrammeIsRefusedSayingWhatIsMissing()
    {
        var letter = TestDocuments.Docx([new("Durango, Dgo., a 3 de marzo de 2026"), new("Estimada Consejera: le envío el orden del día de la próxima reunión."), new("Atentamente")]);
        var message = Refusal(letter, "oficio.docx");
        Assert.Contains("no parece un Programa Anual de Trabajo", message);
        Assert.Contains("el título", message);
    }

    /// <summary>Cut or scrambled copies of good documents either import or are refused cleanly: no other exception escapes.</summary>
    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    [InlineData("md")]
    public void DamagedCopiesOfAGoodDocumentNeverEscapeAsAnotherError(string format)
    {
        var lines = PlainTextReader.Read(File.ReadAllBytes(RoundTripTests.Transcription)).Blocks
            .Select(b => b.Kind == BlockKind.TableRow ? Line.Row([.. b.Cells]) : new Line(b.Text)).ToList();
        var good = format switch
        {
            "docx" => TestDocuments.Docx(lines),
            "pdf" => TestDocuments.Pdf(lines),
            _ => TestDocuments.Markdown(lines),
        };
        var random = new Random(12);
        for (var i = 0; i < 25; i++)
        {
            var damaged = i % 2 == 0 ? good[..random.Next(1, good.Length)] : Scrambled(good, random);
            using var stream = new MemoryStream(damaged);
            var error = Record.Exception(() => new ProgrammeImporter().Import(stream, "dañado." + format));
            Assert.True(error is null or ProgrammeImportException, $"copy {i}: {error}");
        }
    }

    private static byte[] Scrambled(byte[] good, Random random)
    {
        var copy = (byte[])good.Clone();
        for (var k = 0; k < 20; k++)
        {
            copy[random.Next(4, copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    [Fact]
    public void AnEmptyFileIsRefused() => Assert.Contains("vacío", Refusal([], "vacío.txt"));

    private static string Refusal(byte[] bytes, string name)
    {
        using var stream = new MemoryStream(bytes);
        var error = Assert.Throws<ProgrammeImportException>(() => new ProgrammeImporter().Import(stream, name));
        Assert.DoesNotContain('\n', error.Message);
        return error.Message;
    }
}
