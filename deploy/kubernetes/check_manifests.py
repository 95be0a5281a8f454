"""Checks the rendered manifests (one YAML stream) for what this deployment promises; prints a summary."""
import sys
from collections import Counter

import yaml

SERVICES = {"api-service": 8080, "content-service": 8081}
PROBES = {"startupProbe": "/q/health/started", "readinessProbe": "/q/health/ready", "livenessProbe": "/q/health/live"}


def fail(message):
    sys.exit("deploy/kubernetes: " + message)


def main(path):
    with open(path, encoding="utf-8") as stream:
        docs = [doc for doc in yaml.safe_load_all(stream) if doc]
    by_kind = Counter(doc["kind"] for doc in docs)
    for doc in docs:
        if not doc.get("apiVersion") or not doc.get("metadata", {}).get("name"):
            fail(f"a {doc.get('kind')} without apiVersion or name")
        if doc["kind"] == "Secret":
            fail(f"Secret {doc['metadata']['name']} is committed; create Secrets out of band (README.md)")
    named = {(doc["kind"], doc["metadata"]["name"]): doc for doc in docs}
    for service, port in SERVICES.items():
        deployment = named.get(("Deployment", service)) or fail(f"no Deployment {service}")
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        for probe, path in PROBES.items():
            if container.get(probe, {}).get("httpGet", {}).get("path") != path:
                fail(f"{service}: {probe} must ask {path}")
        if not container.get("resources", {}).get("requests") or not container["resources"].get("limits"):
            fail(f"{service}: resource requests and limits are required")
        for env in container.get("env", []):
            if "value" in env and "PASSWORD" in env["name"]:
                fail(f"{service}: {env['name']} must come from a Secret (secretKeyRef)")
        for kind in ("Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy"):
            suffix = "-ingress" if kind == "NetworkPolicy" else ""
            if (kind, service + suffix) not in named:
                fail(f"{service}: no {kind}")
        if named[("Service", service)]["spec"]["ports"][0]["port"] != port:
            fail(f"{service}: Service port is not {port}")
    cluster = named.get(("Cluster", "peerpath-db")) or fail("no CloudNativePG Cluster peerpath-db")
    if cluster["apiVersion"] != "postgresql.cnpg.io/v1" or cluster["spec"]["instances"] < 2:
        fail("the database must be a postgresql.cnpg.io/v1 Cluster with a replica (instances >= 2)")
    databases = {doc["spec"]["name"] for doc in docs if doc["kind"] == "Database"}
    databases.add(cluster["spec"]["bootstrap"]["initdb"]["database"])
    if not {"records", "content"} <= databases:
        fail(f"databases {sorted(databases)} lack records or content")
    if ("NetworkPolicy", "default-deny-ingress") not in named:
        fail("no default-deny-ingress NetworkPolicy")
    print(f"deploy/kubernetes is valid: {len(docs)} objects ("
          + ", ".join(f"{count} {kind}" for kind, count in sorted(by_kind.items())) + ")")


if __name__ == "__main__":
    main(sys.argv[1])
