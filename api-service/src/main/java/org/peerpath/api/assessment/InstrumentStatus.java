package org.peerpath.api.assessment;

/** Whether new assessments may use an instrument version ({@code RETIRED} ones stay readable in history). */
public enum InstrumentStatus {
    ACTIVE, RETIRED
}
