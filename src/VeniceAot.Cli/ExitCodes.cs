namespace VeniceAot.Cli
{
    /// <summary>The process exit codes of <c>venice</c>.</summary>
    public static class ExitCodes
    {
        /// <summary>The command did what was asked.</summary>
        public const int Success = 0;

        /// <summary>Venice answered with an error, or the network failed.</summary>
        public const int ApiError = 1;

        /// <summary>The command line was wrong: unknown option, missing value, no API key.</summary>
        public const int UsageError = 2;

        /// <summary>The user pressed Ctrl-C (128 + SIGINT).</summary>
        public const int Cancelled = 130;
    }
}
