package com.mediaflow.notifications.internal;

import com.mediaflow.notifications.NotificationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Subscribes this instance to the notification channel. */
@Configuration(proxyBeanMethods = false)
class NotificationStreamConfig {

    @Bean
    RedisMessageListenerContainer notificationListenerContainer(
            RedisConnectionFactory connections, NotificationRelay relay, NotificationProperties properties) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.addMessageListener(relay, new ChannelTopic(properties.stream().channel()));
        return container;
    }
}
