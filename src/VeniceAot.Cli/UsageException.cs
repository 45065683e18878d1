using System;

namespace VeniceAot.Cli
{
    /// <summary>The command line parsed but cannot be carried out as given (no API key, nothing to update, …): exit code 2.</summary>
    public sealed class UsageException : Exception
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What is wrong and how to fix it.</param>
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
