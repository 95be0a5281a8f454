package org.peerpath.api.goal;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GoalCheckInRepository implements PanacheRepositoryBase<GoalCheckIn, UUID> {

    public List<GoalCheckIn> ofGoal(String organization, UUID goalId) {
        return list("organizationId = ?1 and goalId = ?2 order by recordedAt, id", organization, goalId);
    }
}
