using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using VeniceAot.Testing;
using Xunit.Abstractions;

namespace VeniceAot.Packaging.Tests
{
    /// <summary>
    /// The consumer proof: the shipping projects are packed (Release, a unique prerelease version) into a temp folder
    /// feed; the VeniceAot package has the expected layout; a fresh project outside the repository references it by
    /// version only, declares its own <c>[VeniceApi]</c> interface (implemented by the generator inside the package),
    /// builds with warnings as errors, publishes as Native AOT with no warnings and runs against a loopback server.
    /// </summary>
    public sealed class PackageProofTests(ITestOutputHelper output)
    {
        private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);

        private const string ConsumerProjectFile = "WidgetsProof.csproj";

        /// <summary>
        /// The projects packed into the feed: the core package, then every integration package under
        /// src/VeniceAot.Extensions.*/ (each is asserted to depend on VeniceAot of the same version).
        /// </summary>
        private static IReadOnlyList<PackedProject> ProjectsToPack(string repoRoot)
        {
            var projects = new List<PackedProject> { new("VeniceAot", Path.Combine(repoRoot, "src", "VeniceAot", "VeniceAot.csproj")) };
            foreach (string directory in Directory.GetDirectories(Path.Combine(repoRoot, "src"), "VeniceAot.Extensions.*").Order(StringComparer.Ordinal))
            {
                string name = Path.GetFileName(directory);
                string project = Path.Combine(directory, name + ".csproj");
                if (File.Exists(project))
                {
                    projects.Add(new PackedProject(name, project));
                }
            }

            return projects;
        }

        /// <summary>
        /// The packages the consumer references. Only the core package for now; adding the integration packages'
        /// ids here (and a call into each in <see cref="ConsumerApp.Program"/>) extends the proof to them.
        /// </summary>
        private static readonly string[] ConsumerPackageIds = ["VeniceAot", "VeniceAot.Extensions.AI", "VeniceAot.Extensions.DependencyInjection"];

        [Fact(Timeout = 20 * 60 * 1000)]
        public async Task Packed_VeniceAot_is_consumed_by_version_with_its_generator_and_publishes_as_native_aot()
        {
            var total = Stopwatch.StartNew();
            string repoRoot = RepositoryRoot.Find();

            // NuGet's global packages folder (~/.nuget/packages) serves any id+version it has seen before, so a fixed
            // version would hand the next run a stale copy. Each run packs a version no cache can hold
            // (0.1.0-proof.<UTC ticks>) and deletes exactly that version's folders from the global packages folder
            // afterwards. The consumer restores into the normal global folder (not an isolated NUGET_PACKAGES) so the
            // ILCompiler and runtime packs the SDK downloads for Native AOT are reused, not fetched again per run.
            string version = "0.1.0-proof." + DateTime.UtcNow.Ticks;
            string work = Path.Combine(Path.GetTempPath(), "venice-pack-" + Guid.NewGuid().ToString("N")[..12]);
            string feed = Path.Combine(work, "feed");
            string consumer = Path.Combine(work, "consumer");
            Assert.False(IsUnder(work, repoRoot), $"The consumer must live outside the repository ({repoRoot}), not in {work}.");
            IReadOnlyList<PackedProject> packed = ProjectsToPack(repoRoot);
            output.WriteLine($"version {version}; packing {string.Join(", ", packed.Select(p => p.Id))}; work folder {work}");
            try
            {
                // 1. Pack, Release, with an artifacts path of its own so the solution's Debug outputs are never touched.
                foreach (PackedProject project in packed)
                {
                    ProcessResult pack = await DotnetAsync(
                        "pack " + project.Id,
                        ["pack", project.ProjectPath, "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(work, "artifacts"), $"-p:Version={version}"],
                        repoRoot);
                    AssertSucceededWithoutWarnings(pack, "dotnet pack " + project.Id);
                }

                // 2. The packages' layout.
                AssertCorePackage(Path.Combine(feed, $"VeniceAot.{version}.nupkg"), version);
                foreach (PackedProject extension in packed.Skip(1))
                {
                    AssertIntegrationPackage(Path.Combine(feed, $"{extension.Id}.{version}.nupkg"), extension.Id, version);
                }

                // 3. A fresh consumer outside the repository: own nuget.config, package references by version only.
                Directory.CreateDirectory(consumer);
                await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), ConsumerApp.NuGetConfig(feed));
                await File.WriteAllTextAsync(Path.Combine(consumer, ConsumerProjectFile), ConsumerApp.ProjectFile(ConsumerPackageIds, version));
                await File.WriteAllTextAsync(Path.Combine(consumer, "WidgetsApi.cs"), ConsumerApp.WidgetsApi);
                await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), ConsumerApp.Program);

                string? skipNative = NativeAotPublisher.SkipReason();
                // Built for the RID the publish uses, so the publish below reuses this restore and compile.
                string[] rid = NativeAotPublisher.IsLinuxX64 ? ["-r", NativeAotPublisher.RuntimeIdentifier] : [];

                ProcessResult build = await DotnetAsync("build", ["build", "-c", "Release", .. rid], consumer);
                AssertSucceededWithoutWarnings(build, "dotnet build of the consumer");
                string builtDll = Directory.GetFiles(Path.Combine(consumer, "bin"), ConsumerApp.AssemblyName + ".dll", SearchOption.AllDirectories).Single();

                // The generator came from the package: the consumer's client was written at build time.
                Assert.True(
                    Directory.GetFiles(Path.Combine(consumer, "obj"), "project.assets.json", SearchOption.AllDirectories).Any(assets =>
                        File.ReadAllText(assets).Contains("analyzers/dotnet/cs/VeniceAot.Generators.dll", StringComparison.Ordinal)),
                    "The consumer's restore did not pick up the generator from the VeniceAot package.");

                // 4. Run it: the JIT build always, the Native AOT binary when published.
                await RunConsumerAsync(ProcessRunner.DotnetHost(), [builtDll], work, "JIT build");

                if (skipNative is null)
                {
                    // No artifacts path of its own: the publish reuses the build's restore and compile under consumer/.
                    string publishDir = Path.Combine(work, "publish");
                    ProcessResult publish = await NativeAotPublisher.PublishAsync(Path.Combine(consumer, ConsumerProjectFile), publishDir, null, consumer, StepTimeout);
                    output.WriteLine($"publish (Native AOT): exit {publish.ExitCode} in {publish.Elapsed.TotalSeconds:0.0} s");
                    AssertSucceededWithoutWarnings(publish, "dotnet publish (Native AOT) of the consumer");
                    string binary = Path.Combine(publishDir, ConsumerApp.AssemblyName);
                    Assert.True(File.Exists(binary), "No native binary at " + binary);
                    Assert.False(File.Exists(Path.Combine(publishDir, ConsumerApp.AssemblyName + ".dll")), "The publish produced IL, not a native binary.");
                    output.WriteLine($"native binary: {new FileInfo(binary).Length / 1024d / 1024d:0.00} MiB");
                    await RunConsumerAsync(binary, [], work, "Native AOT binary");
                }
                else
                {
                    output.WriteLine($"Native AOT publish skipped ({skipNative}); the build and the JIT run above still ran.");
                }
            }
            finally
            {
                RemoveFromGlobalPackagesFolder(packed.Select(p => p.Id), version);
                ScratchFolder.TryDelete(work);

                output.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s");
            }
        }

        /// <summary>Runs the consumer against a loopback server and checks every request it sent and every line it printed.</summary>
        private async Task RunConsumerAsync(string fileName, string[] leadingArguments, string work, string label)
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync(async (request, context) =>
            {
                switch (request.Method, request.RawPath)
                {
                    case ("GET", "/api/v1/widgets/w%2042"):
                        await Respond.Json(context, 200, """{"id":"w 42","name":"gear","size_cm":3,"extra":true}""");
                        break;
                    case ("POST", "/api/v1/widgets"):
                        await Respond.Json(context, 201, """{"id":"w-43","name":"sprocket","size_cm":7}""");
                        break;
                    case ("GET", "/api/v1/widgets/w-43/events"):
                        await Respond.EventStream(context, ["""{"kind":"created"}""", """{"kind":"painted"}"""]);
                        break;
                    case ("GET", "/api/v1/models"):
                        await Respond.Json(context, 200, """{"object":"list","type":"text","data":[{"id":"proof-model","type":"text","object":"model","created":1700000000,"owned_by":"venice.ai"}]}""");
                        break;
                    case ("POST", "/api/v1/chat/completions"):
                        await Respond.Json(context, 200, """{"id":"c-1","object":"chat.completion","created":1700000000,"model":"proof-model","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}""");
                        break;
                    default:
                        await Respond.Json(context, 404, """{"error":"unexpected request"}""");
                        break;
                }
            });

            ProcessResult run = await ProcessRunner.RunAsync(fileName, [.. leadingArguments, server.BaseAddress.ToString()], work, TimeSpan.FromSeconds(60));
            output.WriteLine($"{label}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:0.00} s\n{run.Output}");
            Assert.True(run.ExitCode == 0, $"The consumer ({label}) failed:\n{run.Output}");
            Assert.Equal(string.Empty, run.Stderr);
            Assert.Equal(
                ["get: w 42 gear 3", "create: w-43 sprocket 7", "event: created", "event: painted", "models: 1 proof-model text", "chat: hi (1 tokens, stop)"],
                run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));

            IReadOnlyList<RecordedRequest> requests = server.Requests;
            Assert.Equal(
                ["GET /api/v1/widgets/w%2042?verbose=true", "POST /api/v1/widgets", "GET /api/v1/widgets/w-43/events", "GET /api/v1/models?type=text", "POST /api/v1/chat/completions"],
                requests.Select(r => $"{r.Method} {r.RawPath}{r.QueryString}").ToArray());
            Assert.All(requests, r => Assert.Equal("Bearer " + ConsumerApp.ApiKey, r.Header("Authorization")));
            Assert.Equal("t-1", requests[0].Header("X-Trace"));
            Assert.Null(requests[1].Header("X-Trace"));
            Assert.StartsWith("application/json", requests[1].ContentType, StringComparison.Ordinal);
            // The consumer's own context wrote the body: its property names, and the null color left out.
            Assert.Equal("""{"name":"sprocket","size_cm":7}""", requests[1].BodyText);
            Assert.Empty(requests[0].Body);
            // IChatClient → VeniceAot: the model the consumer chose and its one user message.
            using JsonDocument chatBody = JsonDocument.Parse(requests[4].BodyText);
            Assert.Equal("proof-model", chatBody.RootElement.GetProperty("model").GetString());
            Assert.Equal("Say hi.", chatBody.RootElement.GetProperty("messages")[0].GetProperty("content").GetString());
        }

        private static void AssertCorePackage(string nupkg, string version)
        {
            Assert.True(File.Exists(nupkg), "No package at " + nupkg);
            Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), "No symbol package beside " + nupkg);
            using ZipArchive zip = ZipFile.OpenRead(nupkg);
            string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("analyzers/dotnet/cs/VeniceAot.Generators.dll", entries);
            Assert.Contains("lib/net10.0/VeniceAot.dll", entries);
            Assert.Contains("lib/net10.0/VeniceAot.xml", entries);
            Assert.Contains("README.md", entries);
            // The generator is build-time only: never a reference, and only for C#.
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));
            Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && !e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal));

            XElement metadata = ReadNuspecMetadata(zip);
            Assert.Equal("VeniceAot", Value(metadata, "id"));
            Assert.Equal(version, Value(metadata, "version"));
            Assert.Equal("MIT", Value(metadata, "license"));
            Assert.Equal("README.md", Value(metadata, "readme"));
            Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "authors")));
            Assert.NotEqual("Package Description", Value(metadata, "description"));
            Assert.NotNull(Value(metadata, "tags"));
            Assert.Matches("^[0-9a-f]{40}$", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("commit")?.Value ?? "");
            Assert.Empty(Dependencies(metadata));

            // The XML docs are the real ones: the public entry points are documented.
            using Stream docs = zip.GetEntry("lib/net10.0/VeniceAot.xml")!.Open();
            XDocument xml = XDocument.Load(docs);
            string[] members = xml.Descendants("member").Select(m => (string?)m.Attribute("name") ?? "").ToArray();
            Assert.Contains("T:VeniceAot.VeniceClient", members);
            Assert.Contains("T:VeniceAot.Http.VeniceApiAttribute", members);
        }

        private static void AssertIntegrationPackage(string nupkg, string id, string version)
        {
            Assert.True(File.Exists(nupkg), "No package at " + nupkg);
            using ZipArchive zip = ZipFile.OpenRead(nupkg);
            Assert.Contains(zip.Entries, e => e.FullName == $"lib/net10.0/{id}.dll");
            Assert.Contains(zip.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal));
            XElement metadata = ReadNuspecMetadata(zip);
            Assert.Equal(id, Value(metadata, "id"));
            Assert.Equal(version, Value(metadata, "version"));
            Assert.NotEqual("Package Description", Value(metadata, "description"));
            (string Id, string Version) core = Assert.Single(Dependencies(metadata), d => d.Id == "VeniceAot");
            Assert.True(core.Version == version || core.Version == $"[{version}, )", $"{id} depends on VeniceAot {core.Version}, not {version}.");
            Assert.DoesNotContain(Dependencies(metadata), d => d.Id.Contains("Generators", StringComparison.Ordinal));
        }

        private static XElement ReadNuspecMetadata(ZipArchive zip)
        {
            ZipArchiveEntry nuspec = Assert.Single(zip.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
            using Stream stream = nuspec.Open();
            return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        }

        private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        private static (string Id, string Version)[] Dependencies(XElement metadata) =>
            metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
                .Select(e => ((string?)e.Attribute("id") ?? "", (string?)e.Attribute("version") ?? ""))
                .ToArray();

        private async Task<ProcessResult> DotnetAsync(string step, string[] arguments, string workingDirectory)
        {
            ProcessResult result = await ProcessRunner.RunAsync(ProcessRunner.DotnetHost(), [.. arguments, "-nologo"], workingDirectory, StepTimeout);
            output.WriteLine($"{step}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0.0} s");
            return result;
        }

        private void AssertSucceededWithoutWarnings(ProcessResult result, string what)
        {
            if (result.ExitCode != 0)
            {
                output.WriteLine(result.Output);
            }

            // Any line that mentions a warning or an IL2xxx/IL3xxx id fails, except MSBuild's summary when it counts none.
            string? problem = BuildOutput.Problem(result, what);
            Assert.True(problem is null, problem);
        }

        /// <summary>
        /// Deletes this run's version of each package from NuGet's global packages folder, plus proof versions more
        /// than a day old that an aborted run left behind (never a recent one: a parallel run may be using it).
        /// </summary>
        private void RemoveFromGlobalPackagesFolder(IEnumerable<string> ids, string version)
        {
            string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            foreach (string id in ids)
            {
                string packageFolder = Path.Combine(globalPackages, id.ToLowerInvariant());
                if (!Directory.Exists(packageFolder))
                {
                    continue;
                }

                foreach (string versionFolder in Directory.GetDirectories(packageFolder, "*-proof.*"))
                {
                    bool ours = Path.GetFileName(versionFolder) == version.ToLowerInvariant();
                    if (ours || Directory.GetLastWriteTimeUtc(versionFolder) < DateTime.UtcNow.AddDays(-1))
                    {
                        try
                        {
                            Directory.Delete(versionFolder, recursive: true);
                            output.WriteLine("removed " + versionFolder);
                        }
                        catch (IOException e)
                        {
                            output.WriteLine($"could not remove {versionFolder}: {e.Message}");
                        }
                    }
                }
            }
        }

        private static bool IsUnder(string path, string root)
        {
            string relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
            return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
        }

        private sealed record PackedProject(string Id, string ProjectPath);
    }
}
