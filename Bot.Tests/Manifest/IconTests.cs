using ProgramaBot.Tests.Support;

namespace ProgramaBot.Tests.Manifest;

/// <summary>Teams' icon rules: color.png 192×192 full colour, outline.png 32×32 white on transparent.</summary>
public sealed class IconTests
{
    private static PngImage Load(string name) => PngImage.Decode(File.ReadAllBytes(Repo.PathOf("manifest", name)));

    [Fact]
    public void Color_icon_is_192_square_and_in_colour()
    {
        var icon = Load("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        var colours = icon.Pixels().Where(p => p.A > 0).Select(p => (p.R, p.G, p.B)).Distinct().Count();
        Assert.True(colours >= 3, $"a full-colour icon needs more than {colours} colours");
        Assert.Contains(icon.Pixels(), p => p.A == 255 && (p.R != p.G || p.G != p.B));
    }

    [Fact]
    public void Outline_icon_is_32_square()
    {
        var icon = Load("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
    }

    [Fact]
    public void Outline_icon_is_white_on_transparent()
    {
        var icon = Load("outline.png");

        // Every visible pixel is pure white (edges may be partly transparent, never grey or tinted).
        var offenders = Enumerable.Range(0, icon.Height)
            .SelectMany(y => Enumerable.Range(0, icon.Width).Select(x => (x, y, pixel: icon[x, y])))
            .Where(p => p.pixel.A > 0 && (p.pixel.R, p.pixel.G, p.pixel.B) != (255, 255, 255))
            .Select(p => $"({p.x},{p.y})={p.pixel}")
            .ToList();
        Assert.True(offenders.Count == 0, "not white: " + string.Join(", ", offenders.Take(5)));

        // A transparent background with a drawn symbol: corners clear, some pixels fully opaque.
        Assert.All(new[] { icon[0, 0], icon[31, 0], icon[0, 31], icon[31, 31] }, corner => Assert.Equal(0, corner.A));
        var opaque = icon.Pixels().Count(p => p.A == 255);
        var clear = icon.Pixels().Count(p => p.A == 0);
        Assert.InRange(opaque, 32, 32 * 32 / 2);
        Assert.True(clear > 32 * 32 / 3, $"only {clear} transparent pixels: the outline icon needs a transparent background");
    }
}
