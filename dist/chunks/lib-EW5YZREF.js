import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __fileURLToPath(new URL('.', import.meta.url)); const __bundleDir = __fileURLToPath(new URL(/\/chunks\/[^/]+$/.test(import.meta.url) ? '..' : '.', import.meta.url));
import {
  require_dist
} from "./chunk-OXLVX3PC.js";
import {
  require_lib as require_lib3,
  require_lib7 as require_lib4
} from "./chunk-DB3HVEMO.js";
import "./chunk-PWRQ5OCQ.js";
import "./chunk-PXCHAHIT.js";
import {
  require_lib7 as require_lib2
} from "./chunk-LL6KGBOI.js";
import {
  require_lib,
  require_npa,
  require_semver
} from "./chunk-FMINVKSF.js";
import {
  require_ci_info
} from "./chunk-HK3SKHCF.js";
import "./chunk-2RZSGZTM.js";
import {
  __commonJS,
  __require
} from "./chunk-UZUV7YZO.js";

// node_modules/libnpmpublish/lib/provenance.js
var require_provenance = __commonJS({
  "node_modules/libnpmpublish/lib/provenance.js"(exports, module) {
    var sigstore = require_dist();
    var { readFile } = __require("node:fs/promises");
    var ci = require_ci_info();
    var { env } = process;
    var INTOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";
    var INTOTO_STATEMENT_V01_TYPE = "https://in-toto.io/Statement/v0.1";
    var INTOTO_STATEMENT_V1_TYPE = "https://in-toto.io/Statement/v1";
    var SLSA_PREDICATE_V02_TYPE = "https://slsa.dev/provenance/v0.2";
    var SLSA_PREDICATE_V1_TYPE = "https://slsa.dev/provenance/v1";
    var GITHUB_BUILDER_ID_PREFIX = "https://github.com/actions/runner";
    var GITHUB_BUILD_TYPE = "https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1";
    var GITLAB_BUILD_TYPE_PREFIX = "https://github.com/npm/cli/gitlab";
    var GITLAB_BUILD_TYPE_VERSION = "v0alpha1";
    var generateProvenance = async (subject, opts) => {
      let payload;
      if (ci.GITHUB_ACTIONS) {
        const relativeRef = (env.GITHUB_WORKFLOW_REF || "").replace(env.GITHUB_REPOSITORY + "/", "");
        const delimiterIndex = relativeRef.indexOf("@");
        const workflowPath = relativeRef.slice(0, delimiterIndex);
        const workflowRef = relativeRef.slice(delimiterIndex + 1);
        payload = {
          _type: INTOTO_STATEMENT_V1_TYPE,
          subject,
          predicateType: SLSA_PREDICATE_V1_TYPE,
          predicate: {
            buildDefinition: {
              buildType: GITHUB_BUILD_TYPE,
              externalParameters: {
                workflow: {
                  ref: workflowRef,
                  repository: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`,
                  path: workflowPath
                }
              },
              internalParameters: {
                github: {
                  event_name: env.GITHUB_EVENT_NAME,
                  repository_id: env.GITHUB_REPOSITORY_ID,
                  repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID
                }
              },
              resolvedDependencies: [
                {
                  uri: `git+${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}@${env.GITHUB_REF}`,
                  digest: {
                    gitCommit: env.GITHUB_SHA
                  }
                }
              ]
            },
            runDetails: {
              builder: { id: `${GITHUB_BUILDER_ID_PREFIX}/${env.RUNNER_ENVIRONMENT}` },
              metadata: {
                /* eslint-disable-next-line max-len */
                invocationId: `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT}`
              }
            }
          }
        };
      }
      if (ci.GITLAB) {
        payload = {
          _type: INTOTO_STATEMENT_V01_TYPE,
          subject,
          predicateType: SLSA_PREDICATE_V02_TYPE,
          predicate: {
            buildType: `${GITLAB_BUILD_TYPE_PREFIX}/${GITLAB_BUILD_TYPE_VERSION}`,
            builder: { id: `${env.CI_PROJECT_URL}/-/runners/${env.CI_RUNNER_ID}` },
            invocation: {
              configSource: {
                uri: `git+${env.CI_PROJECT_URL}`,
                digest: {
                  sha1: env.CI_COMMIT_SHA
                },
                entryPoint: env.CI_JOB_NAME
              },
              parameters: {
                CI: env.CI,
                CI_API_GRAPHQL_URL: env.CI_API_GRAPHQL_URL,
                CI_API_V4_URL: env.CI_API_V4_URL,
                CI_BUILD_BEFORE_SHA: env.CI_BUILD_BEFORE_SHA,
                CI_BUILD_ID: env.CI_BUILD_ID,
                CI_BUILD_NAME: env.CI_BUILD_NAME,
                CI_BUILD_REF: env.CI_BUILD_REF,
                CI_BUILD_REF_NAME: env.CI_BUILD_REF_NAME,
                CI_BUILD_REF_SLUG: env.CI_BUILD_REF_SLUG,
                CI_BUILD_STAGE: env.CI_BUILD_STAGE,
                CI_COMMIT_BEFORE_SHA: env.CI_COMMIT_BEFORE_SHA,
                CI_COMMIT_BRANCH: env.CI_COMMIT_BRANCH,
                CI_COMMIT_REF_NAME: env.CI_COMMIT_REF_NAME,
                CI_COMMIT_REF_PROTECTED: env.CI_COMMIT_REF_PROTECTED,
                CI_COMMIT_REF_SLUG: env.CI_COMMIT_REF_SLUG,
                CI_COMMIT_SHA: env.CI_COMMIT_SHA,
                CI_COMMIT_SHORT_SHA: env.CI_COMMIT_SHORT_SHA,
                CI_COMMIT_TIMESTAMP: env.CI_COMMIT_TIMESTAMP,
                CI_COMMIT_TITLE: env.CI_COMMIT_TITLE,
                CI_CONFIG_PATH: env.CI_CONFIG_PATH,
                CI_DEFAULT_BRANCH: env.CI_DEFAULT_BRANCH,
                CI_DEPENDENCY_PROXY_DIRECT_GROUP_IMAGE_PREFIX: env.CI_DEPENDENCY_PROXY_DIRECT_GROUP_IMAGE_PREFIX,
                CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX: env.CI_DEPENDENCY_PROXY_GROUP_IMAGE_PREFIX,
                CI_DEPENDENCY_PROXY_SERVER: env.CI_DEPENDENCY_PROXY_SERVER,
                CI_DEPENDENCY_PROXY_USER: env.CI_DEPENDENCY_PROXY_USER,
                CI_JOB_ID: env.CI_JOB_ID,
                CI_JOB_NAME: env.CI_JOB_NAME,
                CI_JOB_NAME_SLUG: env.CI_JOB_NAME_SLUG,
                CI_JOB_STAGE: env.CI_JOB_STAGE,
                CI_JOB_STARTED_AT: env.CI_JOB_STARTED_AT,
                CI_JOB_URL: env.CI_JOB_URL,
                CI_NODE_TOTAL: env.CI_NODE_TOTAL,
                CI_PAGES_DOMAIN: env.CI_PAGES_DOMAIN,
                CI_PAGES_URL: env.CI_PAGES_URL,
                CI_PIPELINE_CREATED_AT: env.CI_PIPELINE_CREATED_AT,
                CI_PIPELINE_ID: env.CI_PIPELINE_ID,
                CI_PIPELINE_IID: env.CI_PIPELINE_IID,
                CI_PIPELINE_SOURCE: env.CI_PIPELINE_SOURCE,
                CI_PIPELINE_URL: env.CI_PIPELINE_URL,
                CI_PROJECT_CLASSIFICATION_LABEL: env.CI_PROJECT_CLASSIFICATION_LABEL,
                CI_PROJECT_DESCRIPTION: env.CI_PROJECT_DESCRIPTION,
                CI_PROJECT_ID: env.CI_PROJECT_ID,
                CI_PROJECT_NAME: env.CI_PROJECT_NAME,
                CI_PROJECT_NAMESPACE: env.CI_PROJECT_NAMESPACE,
                CI_PROJECT_NAMESPACE_ID: env.CI_PROJECT_NAMESPACE_ID,
                CI_PROJECT_PATH: env.CI_PROJECT_PATH,
                CI_PROJECT_PATH_SLUG: env.CI_PROJECT_PATH_SLUG,
                CI_PROJECT_REPOSITORY_LANGUAGES: env.CI_PROJECT_REPOSITORY_LANGUAGES,
                CI_PROJECT_ROOT_NAMESPACE: env.CI_PROJECT_ROOT_NAMESPACE,
                CI_PROJECT_TITLE: env.CI_PROJECT_TITLE,
                CI_PROJECT_URL: env.CI_PROJECT_URL,
                CI_PROJECT_VISIBILITY: env.CI_PROJECT_VISIBILITY,
                CI_REGISTRY: env.CI_REGISTRY,
                CI_REGISTRY_IMAGE: env.CI_REGISTRY_IMAGE,
                CI_REGISTRY_USER: env.CI_REGISTRY_USER,
                CI_RUNNER_DESCRIPTION: env.CI_RUNNER_DESCRIPTION,
                CI_RUNNER_ID: env.CI_RUNNER_ID,
                CI_RUNNER_TAGS: env.CI_RUNNER_TAGS,
                CI_SERVER_HOST: env.CI_SERVER_HOST,
                CI_SERVER_NAME: env.CI_SERVER_NAME,
                CI_SERVER_PORT: env.CI_SERVER_PORT,
                CI_SERVER_PROTOCOL: env.CI_SERVER_PROTOCOL,
                CI_SERVER_REVISION: env.CI_SERVER_REVISION,
                CI_SERVER_SHELL_SSH_HOST: env.CI_SERVER_SHELL_SSH_HOST,
                CI_SERVER_SHELL_SSH_PORT: env.CI_SERVER_SHELL_SSH_PORT,
                CI_SERVER_URL: env.CI_SERVER_URL,
                CI_SERVER_VERSION: env.CI_SERVER_VERSION,
                CI_SERVER_VERSION_MAJOR: env.CI_SERVER_VERSION_MAJOR,
                CI_SERVER_VERSION_MINOR: env.CI_SERVER_VERSION_MINOR,
                CI_SERVER_VERSION_PATCH: env.CI_SERVER_VERSION_PATCH,
                CI_TEMPLATE_REGISTRY_HOST: env.CI_TEMPLATE_REGISTRY_HOST,
                GITLAB_CI: env.GITLAB_CI,
                GITLAB_FEATURES: env.GITLAB_FEATURES,
                GITLAB_USER_ID: env.GITLAB_USER_ID,
                GITLAB_USER_LOGIN: env.GITLAB_USER_LOGIN,
                RUNNER_GENERATE_ARTIFACTS_METADATA: env.RUNNER_GENERATE_ARTIFACTS_METADATA
              },
              environment: {
                name: env.CI_RUNNER_DESCRIPTION,
                architecture: env.CI_RUNNER_EXECUTABLE_ARCH,
                server: env.CI_SERVER_URL,
                project: env.CI_PROJECT_PATH,
                job: {
                  id: env.CI_JOB_ID
                },
                pipeline: {
                  id: env.CI_PIPELINE_ID,
                  ref: env.CI_CONFIG_PATH
                }
              }
            },
            metadata: {
              buildInvocationId: `${env.CI_JOB_URL}`,
              completeness: {
                parameters: true,
                environment: true,
                materials: false
              },
              reproducible: false
            },
            materials: [
              {
                uri: `git+${env.CI_PROJECT_URL}`,
                digest: {
                  sha1: env.CI_COMMIT_SHA
                }
              }
            ]
          }
        };
      }
      return sigstore.attest(Buffer.from(JSON.stringify(payload)), INTOTO_PAYLOAD_TYPE, opts);
    };
    var verifyProvenance = async (subject, provenancePath) => {
      let provenanceBundle;
      try {
        provenanceBundle = JSON.parse(await readFile(provenancePath));
      } catch (err) {
        err.message = `Invalid provenance provided: ${err.message}`;
        throw err;
      }
      const payload = extractProvenance(provenanceBundle);
      if (!payload.subject || !payload.subject.length) {
        throw new Error("No subject found in sigstore bundle payload");
      }
      if (payload.subject.length > 1) {
        throw new Error("Found more than one subject in the sigstore bundle payload");
      }
      const bundleSubject = payload.subject[0];
      if (subject.name !== bundleSubject.name) {
        throw new Error(
          `Provenance subject ${bundleSubject.name} does not match the package: ${subject.name}`
        );
      }
      if (subject.digest.sha512 !== bundleSubject.digest.sha512) {
        throw new Error("Provenance subject digest does not match the package");
      }
      await sigstore.verify(provenanceBundle);
      return provenanceBundle;
    };
    var extractProvenance = (bundle) => {
      if (!bundle?.dsseEnvelope?.payload) {
        throw new Error("No dsseEnvelope with payload found in sigstore bundle");
      }
      try {
        return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, "base64").toString("utf8"));
      } catch (err) {
        err.message = `Failed to parse payload from dsseEnvelope: ${err.message}`;
        throw err;
      }
    };
    module.exports = {
      generateProvenance,
      verifyProvenance
    };
  }
});

// node_modules/libnpmpublish/lib/publish.js
var require_publish = __commonJS({
  "node_modules/libnpmpublish/lib/publish.js"(exports, module) {
    var npmFetch = require_lib4();
    var npa = require_npa();
    var PackageJson = require_lib2();
    var { log } = require_lib();
    var semver = require_semver();
    var { URL } = __require("node:url");
    var ssri = require_lib3();
    var ciInfo = require_ci_info();
    var generateProvenance = (...args) => require_provenance().generateProvenance(...args);
    var verifyProvenance = (...args) => require_provenance().verifyProvenance(...args);
    var TLOG_BASE_URL = "https://search.sigstore.dev/";
    var publish = async (manifest, tarballData, opts) => {
      if (manifest.private) {
        throw Object.assign(
          new Error(`This package has been marked as private
Remove the 'private' field from the package.json to publish it.`),
          { code: "EPRIVATE" }
        );
      }
      if (manifest.packageExtensions !== void 0) {
        throw Object.assign(
          new Error("packageExtensions is only honored at the project root and must not be published."),
          { code: "EPACKAGEEXTENSIONS" }
        );
      }
      const spec = npa.resolve(manifest.name, manifest.version);
      opts = {
        access: null,
        algorithms: ["sha512"],
        defaultTag: "latest",
        ...opts,
        spec
      };
      const reg = npmFetch.pickRegistry(spec, opts);
      const pubManifest = await patchManifest(manifest, opts);
      if (!spec.scope && opts.access === "restricted") {
        throw Object.assign(
          new Error("Can't restrict access to unscoped packages."),
          { code: "EUNSCOPED" }
        );
      }
      const { metadata, transparencyLogUrl } = await buildMetadata(
        reg,
        pubManifest,
        tarballData,
        spec,
        opts
      );
      const stageRoute = `/-/stage/package/${spec.escapedName}`;
      const res = await npmFetch(opts.stage ? stageRoute : spec.escapedName, {
        ...opts,
        method: opts.stage ? "POST" : "PUT",
        body: metadata,
        ignoreBody: !opts.stage
      });
      if (transparencyLogUrl) {
        res.transparencyLogUrl = transparencyLogUrl;
      }
      if (opts.stage) {
        const json = await res.json();
        res.stageId = json.stageId;
      }
      return res;
    };
    var patchManifest = async (_manifest, opts) => {
      const { npmVersion } = opts;
      const steps = ["fixName"];
      const manifestInput = { ..._manifest, _nodeVersion: process.versions.node };
      if (npmVersion != null) {
        manifestInput._npmVersion = npmVersion;
      }
      const manifest = await new PackageJson().fromContent(manifestInput).normalize({ steps }).then((p) => p.content);
      const version = semver.clean(manifest.version);
      if (!version) {
        throw Object.assign(
          new Error("invalid semver: " + manifest.version),
          { code: "EBADSEMVER" }
        );
      }
      manifest.version = version;
      delete manifest.patchedDependencies;
      return manifest;
    };
    var buildMetadata = async (registry, manifest, tarballData, spec, opts) => {
      const { access, defaultTag, algorithms, provenance, provenanceFile, command = "publish" } = opts;
      const root = {
        _id: manifest.name,
        name: manifest.name,
        description: manifest.description,
        "dist-tags": {},
        versions: {},
        access
      };
      root.versions[manifest.version] = manifest;
      const tag = manifest.tag || defaultTag;
      root["dist-tags"][tag] = manifest.version;
      const tarballName = `${manifest.name}-${manifest.version}.tgz`;
      const provenanceBundleName = `${manifest.name}-${manifest.version}.sigstore`;
      const tarballURI = `${manifest.name}/-/${tarballName}`;
      const integrity = ssri.fromData(tarballData, {
        algorithms: [...new Set(["sha1"].concat(algorithms))]
      });
      manifest._id = `${manifest.name}@${manifest.version}`;
      manifest.dist = { ...manifest.dist };
      manifest.dist.integrity = integrity.sha512[0].toString();
      manifest.dist.shasum = integrity.sha1[0].hexDigest();
      manifest.dist.tarball = new URL(tarballURI, registry).href.replace(/^https:\/\//, "http://");
      root._attachments = {};
      root._attachments[tarballName] = {
        content_type: "application/octet-stream",
        data: tarballData.toString("base64"),
        length: tarballData.length
      };
      let transparencyLogUrl;
      if (provenance === true && provenanceFile) {
        throw Object.assign(
          new Error("provenance and provenanceFile cannot be used together"),
          { code: "EUSAGE" }
        );
      }
      if (provenance === true || provenanceFile) {
        let provenanceBundle;
        const subject = {
          name: npa.toPurl(spec),
          digest: { sha512: integrity.sha512[0].hexDigest() }
        };
        if (provenance === true) {
          await ensureProvenanceGeneration(registry, spec, opts);
          provenanceBundle = await generateProvenance([subject], opts);
          log.notice(command, `Signed provenance statement with source and build information from ${ciInfo.name}`);
          const tlogEntry = provenanceBundle?.verificationMaterial?.tlogEntries[0];
          if (tlogEntry) {
            transparencyLogUrl = `${TLOG_BASE_URL}?logIndex=${tlogEntry.logIndex}`;
            log.notice(
              command,
              `Provenance statement published to transparency log: ${transparencyLogUrl}`
            );
          }
        } else {
          provenanceBundle = await verifyProvenance(subject, provenanceFile);
        }
        const serializedBundle = JSON.stringify(provenanceBundle);
        root._attachments[provenanceBundleName] = {
          content_type: provenanceBundle.mediaType,
          data: serializedBundle,
          length: serializedBundle.length
        };
      }
      return {
        metadata: root,
        transparencyLogUrl
      };
    };
    var ensureProvenanceGeneration = async (registry, spec, opts) => {
      if (ciInfo.GITHUB_ACTIONS) {
        if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
          throw Object.assign(
            /* eslint-disable-next-line max-len */
            new Error('Provenance generation in GitHub Actions requires "write" access to the "id-token" permission'),
            { code: "EUSAGE" }
          );
        }
      } else if (ciInfo.GITLAB) {
        if (!process.env.SIGSTORE_ID_TOKEN) {
          throw Object.assign(
            /* eslint-disable-next-line max-len */
            new Error('Provenance generation in GitLab CI requires "SIGSTORE_ID_TOKEN" with "sigstore" audience to be present in "id_tokens". For more info see:\nhttps://docs.gitlab.com/ee/ci/secrets/id_token_authentication.html'),
            { code: "EUSAGE" }
          );
        }
      } else {
        throw Object.assign(
          new Error("Automatic provenance generation not supported for provider: " + ciInfo.name),
          { code: "EUSAGE" }
        );
      }
      let visibility = { public: false };
      if (opts.access !== "public") {
        try {
          const res = await npmFetch.json(`/-/package/${spec.escapedName}/visibility`, { ...opts, registry });
          visibility = res;
        } catch (err) {
          if (err.code !== "E404") {
            throw err;
          }
        }
      }
      if (!visibility.public && opts.provenance === true && opts.access !== "public") {
        throw Object.assign(
          /* eslint-disable-next-line max-len */
          new Error("Can't generate provenance for new or private package, you must set `access` to public."),
          { code: "EUSAGE" }
        );
      }
    };
    module.exports = publish;
  }
});

// node_modules/libnpmpublish/lib/unpublish.js
var require_unpublish = __commonJS({
  "node_modules/libnpmpublish/lib/unpublish.js"(exports, module) {
    "use strict";
    var { URL } = __require("node:url");
    var npa = require_npa();
    var npmFetch = require_lib4();
    var semver = require_semver();
    var getPathname = (tarball, registry) => {
      const registryUrl = new URL(registry).pathname.slice(1);
      let tarballUrl = new URL(tarball).pathname.slice(1);
      if (registryUrl) {
        tarballUrl = tarballUrl.slice(registryUrl.length);
      }
      return tarballUrl;
    };
    var unpublish = async (spec, opts) => {
      spec = npa(spec);
      opts = {
        force: false,
        ...opts,
        spec
      };
      try {
        const pkgUri = spec.escapedName;
        const pkg = await npmFetch.json(pkgUri, {
          ...opts,
          query: { write: true }
        });
        const version = spec.rawSpec;
        const allVersions = pkg.versions || {};
        const versionData = allVersions[version];
        const rawSpecs = !spec.rawSpec || spec.rawSpec === "*";
        const onlyVersion = Object.keys(allVersions).length === 1;
        const noVersions = !Object.keys(allVersions).length;
        if (!versionData && !rawSpecs && !noVersions) {
          return true;
        }
        if (rawSpecs || onlyVersion || noVersions) {
          await npmFetch(`${pkgUri}/-rev/${pkg._rev}`, {
            ...opts,
            method: "DELETE",
            ignoreBody: true
          });
          return true;
        } else {
          const dist = allVersions[version].dist;
          delete allVersions[version];
          const latestVer = pkg["dist-tags"].latest;
          Object.keys(pkg["dist-tags"]).forEach((tag) => {
            if (pkg["dist-tags"][tag] === version) {
              delete pkg["dist-tags"][tag];
            }
          });
          if (latestVer === version) {
            pkg["dist-tags"].latest = Object.keys(
              allVersions
            ).sort(semver.compareLoose).pop();
          }
          delete pkg._revisions;
          delete pkg._attachments;
          await npmFetch(`${pkgUri}/-rev/${pkg._rev}`, {
            ...opts,
            method: "PUT",
            body: pkg,
            ignoreBody: true
          });
          const { _rev } = await npmFetch.json(pkgUri, {
            ...opts,
            query: { write: true }
          });
          const tarballUrl = getPathname(dist.tarball, opts.registry);
          await npmFetch(`${tarballUrl}/-rev/${_rev}`, {
            ...opts,
            method: "DELETE",
            ignoreBody: true
          });
          return true;
        }
      } catch (err) {
        if (err.code !== "E404") {
          throw err;
        }
        return true;
      }
    };
    module.exports = unpublish;
  }
});

// node_modules/libnpmpublish/lib/index.js
var require_lib5 = __commonJS({
  "node_modules/libnpmpublish/lib/index.js"(exports, module) {
    module.exports = {
      publish: require_publish(),
      unpublish: require_unpublish()
    };
  }
});
export default require_lib5();
