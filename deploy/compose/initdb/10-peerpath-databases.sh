#!/usr/bin/env bash
# First start of the postgres container only: one role and database per service, and one for Keycloak.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role records login password '${RECORDS_DB_PASSWORD}';
create database records owner records;
create role content login password '${CONTENT_DB_PASSWORD}';
create database content owner content;
create role keycloak login password '${KC_DB_PASSWORD}';
create database keycloak owner keycloak;
SQL
