using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace VeniceAot.Testing
{
    /// <summary>A finished Native AOT publish of a repository project (see <see cref="NativeAotPublisher.PublishProjectAsync"/>).</summary>
    /// <param name="Result">What <c>dotnet publish</c> printed and how it exited.</param>
    /// <param name="Binary">Where the native binary should be.</param>
    /// <param name="Problem">
    /// Null when the publish exited 0, printed no warning (<see cref="BuildOutput.Problem"/>) and the binary exists;
    /// otherwise what went wrong, for an assertion message.
    /// </param>
    /// <param name="Summary">The binary's size and the publish time, one line; null when <paramref name="Problem"/> is not.</param>
    public sealed record NativeAotPublish(ProcessResult Result, string Binary, string? Problem, string? Summary);

    /// <summary>
    /// The Native AOT publish the proofs share: <c>dotnet publish</c> Release for linux-x64, and the rule for when it
    /// runs at all.
    /// </summary>
    public static class NativeAotPublisher
    {
        /// <summary>The runtime identifier every proof publishes for (and the only platform the binaries can run on).</summary>
        public const string RuntimeIdentifier = "linux-x64";

        /// <summary>Set to <c>1</c> to skip the Native AOT publishes (each takes minutes).</summary>
        public const string SkipVariable = "VENICE_SKIP_AOT_PUBLISH";

        /// <summary>Whether this machine is linux-x64, where the published binaries can run.</summary>
        public static bool IsLinuxX64 => OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;

        /// <summary>
        /// Why the Native AOT publish should not run here (<see cref="SkipVariable"/> is <c>1</c>, or this is not
        /// linux-x64), or null when it should.
        /// </summary>
        public static string? SkipReason()
        {
            if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
            {
                return SkipVariable + "=1";
            }

            return IsLinuxX64
                ? null
                : $"not {RuntimeIdentifier} (this is {RuntimeInformation.OSDescription}, {RuntimeInformation.OSArchitecture})";
        }

        /// <summary>
        /// For a test that is only a publish proof: true (after writing why to <paramref name="log"/>) when the publish
        /// should not run here, so the test returns early; false when it should run.
        /// </summary>
        public static bool SkipProof(Action<string> log)
        {
            if (SkipReason() is not string reason)
            {
                return false;
            }

            log($"Skipped ({reason}): the AOT publish proof runs on linux-x64 only and when {SkipVariable} is not 1.");
            return true;
        }

        /// <summary>
        /// Runs <c>dotnet publish <paramref name="projectPath"/> -c Release -r linux-x64 -o <paramref name="outputDirectory"/>
        /// -nologo</c> from <paramref name="workingDirectory"/>, with <c>--artifacts-path <paramref name="artifactsDirectory"/></c>
        /// when given (so the repository's own Debug outputs are never touched).
        /// </summary>
        /// <exception cref="TimeoutException">The publish did not finish within <paramref name="timeout"/>.</exception>
        public static Task<ProcessResult> PublishAsync(
            string projectPath,
            string outputDirectory,
            string? artifactsDirectory,
            string workingDirectory,
            TimeSpan timeout)
        {
            var arguments = new List<string> { "publish", projectPath, "-c", "Release", "-r", RuntimeIdentifier, "-o", outputDirectory };
            if (artifactsDirectory is not null)
            {
                arguments.Add("--artifacts-path");
                arguments.Add(artifactsDirectory);
            }

            arguments.Add("-nologo");
            return ProcessRunner.RunAsync(ProcessRunner.DotnetHost(), arguments, workingDirectory, timeout);
        }

        /// <summary>
        /// Publishes the repository project at <paramref name="relativeProjectPath"/> (from the repository root, which is
        /// the working directory) into <c>publish/</c> of <paramref name="workDirectory"/>, with <c>artifacts/</c> there as
        /// its artifacts path. Writes the time taken, the whole output and, when all went well, the
        /// <see cref="NativeAotPublish.Summary"/> to <paramref name="log"/>.
        /// </summary>
        /// <param name="relativeProjectPath">The project file, relative to the repository root.</param>
        /// <param name="binaryName">The native binary's file name (the project's AssemblyName).</param>
        /// <param name="workDirectory">A scratch folder of the test's own.</param>
        /// <param name="timeout">How long the publish may take.</param>
        /// <param name="log">Where the publish's output goes (a test's output helper).</param>
        /// <exception cref="TimeoutException">The publish did not finish within <paramref name="timeout"/>.</exception>
        public static async Task<NativeAotPublish> PublishProjectAsync(
            string relativeProjectPath,
            string binaryName,
            string workDirectory,
            TimeSpan timeout,
            Action<string> log)
        {
            string repoRoot = RepositoryRoot.Find();
            string publishDirectory = Path.Combine(workDirectory, "publish");
            ProcessResult result = await PublishAsync(
                Path.Combine(repoRoot, relativeProjectPath),
                publishDirectory,
                Path.Combine(workDirectory, "artifacts"),
                repoRoot,
                timeout);
            log($"dotnet publish took {result.Elapsed.TotalSeconds:0.0} s, exit {result.ExitCode}.");
            log(result.Output);

            string binary = Path.Combine(publishDirectory, binaryName);
            string? problem = BuildOutput.Problem(result, "dotnet publish")
                ?? (File.Exists(binary) ? null : $"No native '{binaryName}' binary in {publishDirectory}");
            string? summary = null;
            if (problem is null)
            {
                long size = new FileInfo(binary).Length;
                summary = $"{binaryName} Native AOT binary ({RuntimeIdentifier}): {size} bytes ({size / 1024d / 1024d:0.00} MiB); publish took {result.Elapsed.TotalSeconds:0} s";
                log(summary);
            }

            return new NativeAotPublish(result, binary, problem, summary);
        }
    }
}
