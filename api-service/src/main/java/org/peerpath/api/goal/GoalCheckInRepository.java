package org.peerpath.api.goal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GoalCheckInRepository implements PanacheRepositoryBase<GoalCheckIn, UUID> {

    public List<GoalCheckIn> ofGoal(String organization, UUID goalId) {
        return list("organizationId = ?1 and goalId = ?2 order by recordedAt, id", organization, goalId);
    }

    /** The check-ins of several goals in one query, by goal, each goal's oldest first. */
    public Map<UUID, List<GoalCheckIn>> ofGoals(String organization, Collection<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return Map.of();
        }
        return list("organizationId = ?1 and goalId in ?2 order by recordedAt, id", organization, goalIds).stream()
                .collect(Collectors.groupingBy(checkIn -> checkIn.goalId));
    }
}
