namespace VeniceAot.Extensions.AI
{
    /// <summary>The diagnostic id Microsoft.Extensions.AI marks its experimental APIs with; the adapters over them carry it too.</summary>
    internal static class Experimental
    {
        /// <summary>MEAI's id for its experimental APIs (image generation, speech to text, text to speech).</summary>
        public const string DiagnosticId = "MEAI001";

        /// <summary>Where the diagnostic is explained (MEAI's own URL format).</summary>
        public const string UrlFormat = "https://aka.ms/dotnet-extensions-warnings/{0}";
    }
}
