namespace ProgramaBot.Manifest;

/// <summary>The template or the output cannot be used; the message is meant for the person packaging.</summary>
public sealed class ManifestPackagingException : Exception
{
    public ManifestPackagingException()
    {
    }

    public ManifestPackagingException(string message)
        : base(message)
    {
    }

    public ManifestPackagingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
